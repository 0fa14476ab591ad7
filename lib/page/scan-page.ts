/**
 * Reading a page: find the article and read its text (or a part added later);
 * the background detects the mentions in it and turns them into entities.
 */

import { isPageChrome } from '../article/is-page-chrome';
import type { Candidate } from '../detect/find-names';
import type { ArticleEntity } from '../entities/group-mentions';
import { MAX_DETECT_CHARS, MAX_MENTIONS } from '../protocol/messages';
import { runSteps, type Steps } from '../steps';
import { collectTextSteps, type SkipElement, type TextIndex } from '../text/collect-text';
import { cutAt } from '../text/cut-text';
import type { Slices } from './slicer';

export interface Background {
  /** The mentions in each text: detection runs in the background, off the page's main thread. */
  detect(texts: string[]): Promise<Candidate[][]>;
  /** Packs the mentions in the read's slices, and sends them in a slice of their own. */
  resolve(mentions: Candidate[], slices: Slices): Promise<ArticleEntity[]>;
}

export interface DetectedPart {
  index: TextIndex;
  candidates: Candidate[];
}

/**
 * The text of the article, or of a part of it, leaving out what `skip` says is not the
 * article's (the article reader's judgement; page chrome by default).
 */
export function readPart(part: Element, skip: SkipElement = isPageChrome): TextIndex {
  return runSteps(readPartSteps(part, skip));
}

/** Text past what one read may have detected is not read: on a giant page it would only be walked and joined. */
export function readPartSteps(part: Element, skip: SkipElement = isPageChrome): Steps<TextIndex> {
  return collectTextSteps(part, { skip: (el) => el !== part && skip(el), maxChars: MAX_DETECT_CHARS });
}

/** Reads parts of the page and detects the mentions of those with any text, in slices. */
export async function readAndDetect(
  parts: Element[],
  background: Background,
  slices: Slices,
  skip: SkipElement = isPageChrome,
): Promise<DetectedPart[]> {
  const indexes: TextIndex[] = [];
  for (const part of parts) indexes.push(await slices.run(readPartSteps(part, skip)));
  const texts = indexes.filter((i) => /\S/.test(i.text));
  // Removed or emptied blocks need only forgetting: no message to the background.
  return texts.length > 0 ? detectParts(texts, background, slices) : [];
}

/**
 * Text sent in one message. The browser serialises a message in one go on the page's main thread: a few megabytes
 * of a giant page in one message was a step of about 100 ms. Larger than nearly every article, which goes whole.
 */
export const MESSAGE_CHARS = 200_000;

/** Detects the mentions of several parts, in messages of at most MESSAGE_CHARS, cut between blocks. */
export async function detectParts(
  indexes: TextIndex[],
  background: Background,
  slices: Slices,
): Promise<DetectedPart[]> {
  const found: Candidate[][] = indexes.map(() => []);
  let batch: { part: number; from: number; text: string }[] = [];
  let size = 0;
  const send = async () => {
    const parts = await slices.wait(background.detect(batch.map((piece) => piece.text)));
    for (const [i, piece] of batch.entries()) {
      const shifted = (parts[i] ?? []).map((c) => ({ ...c, start: c.start + piece.from, end: c.end + piece.from }));
      found[piece.part]?.push(...shifted);
      mentions += shifted.length;
    }
    [batch, size] = [[], 0];
  };
  // What one read may cost the background, as the background counts it for one request.
  let budget = MAX_DETECT_CHARS;
  let mentions = 0;
  const full = () => budget <= 0 || mentions >= MAX_MENTIONS;
  for (const [part, { text }] of indexes.entries()) {
    for (let from = 0; from < text.length && !full(); ) {
      const to = cutAt(text, from, MESSAGE_CHARS);
      if (size + (to - from) > MESSAGE_CHARS && batch.length > 0) await send();
      batch.push({ part, from, text: text.slice(from, to) });
      size += to - from;
      budget -= to - from;
      from = to;
    }
  }
  if (batch.length > 0) await send();
  return indexes.map((index, i) => ({ index, candidates: found[i] ?? [] }));
}
