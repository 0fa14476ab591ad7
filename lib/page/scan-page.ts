/**
 * Reading a page: find the article, read its text (or a part added later) and
 * detect mentions here; the background turns them into entities.
 */
import { type ArticleRoot, findArticleRoot } from '../article/find-article-root';
import { isPageChrome } from '../article/is-page-chrome';
import { detectMentions } from '../detect/detect-mentions';
import type { Candidate } from '../detect/find-names';
import { termLexicon, termVocabulary } from '../detect/find-terms';
import { type Token, tokenize } from '../detect/tokenize';
import type { ArticleEntity } from '../entities/group-mentions';
import { runSteps, type Steps } from '../steps';
import { collectTextSteps, type TextIndex } from '../text/collect-text';
import { noSlicing, type Slices } from './slicer';

export interface Background {
  /** The known term phrases that could occur in a text with these words. */
  terms(words: string[]): Promise<string[]>;
  resolve(mentions: Candidate[]): Promise<ArticleEntity[]>;
}

export interface PageScan {
  article: ArticleRoot;
  index: TextIndex;
  entities: ArticleEntity[];
}

export interface DetectedPart {
  index: TextIndex;
  candidates: Candidate[];
}

/** The text of the article, or of a part of it, leaving out the page chrome inside it. */
export function readPart(part: Element): TextIndex {
  return runSteps(readPartSteps(part));
}

export function readPartSteps(part: Element): Steps<TextIndex> {
  return collectTextSteps(part, { skip: (el) => el !== part && isPageChrome(el) });
}

/** Reads parts of the page and detects the mentions of those with any text, in slices. */
export async function readAndDetect(parts: Element[], background: Background, slices: Slices): Promise<DetectedPart[]> {
  const indexes: TextIndex[] = [];
  for (const part of parts) indexes.push(await slices.run(readPartSteps(part)));
  const texts = indexes.filter((i) => /\S/.test(i.text));
  // Removed or emptied blocks need only forgetting: no message to the background.
  return texts.length > 0 ? detectParts(texts, background, slices) : [];
}

/**
 * Detects the mentions of several parts with one term lookup for all of them.
 * Detection cannot be cut, so each call into it gets a slice of its own.
 */
export async function detectParts(
  indexes: TextIndex[],
  background: Background,
  slices: Slices,
): Promise<DetectedPart[]> {
  const tokens: Token[][] = [];
  const words = new Set<string>();
  for (const { text } of indexes) {
    const own = await slices.whole(() => tokenize(text));
    tokens.push(own);
    for (const word of await slices.whole(() => termVocabulary(text, own))) words.add(word);
  }
  const terms = termLexicon(await slices.wait(background.terms([...words])));
  const parts: DetectedPart[] = [];
  for (const [i, index] of indexes.entries())
    parts.push({ index, candidates: await slices.whole(() => detectMentions(index.text, terms, tokens[i])) });
  return parts;
}

/** One whole scan, for tests and tools; the session reads the same way, part by part. */
export async function scanPage(doc: Document, background: Background): Promise<PageScan> {
  const article = findArticleRoot(doc);
  if (!article.root || !article.isArticle) {
    return { article, index: { text: '', segments: [] }, entities: [] };
  }
  const [part] = await detectParts([readPart(article.root)], background, noSlicing);
  const index = part?.index ?? { text: '', segments: [] };
  const mentions = part?.candidates ?? [];
  const entities = mentions.length > 0 ? await background.resolve(mentions) : [];
  return { article, index, entities };
}
