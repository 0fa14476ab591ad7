/**
 * Everything read from one article so far that is still on the page: the
 * mentions found in the parts read (the whole root, then each block added or
 * edited since), each with a live Range and the text of its part, and the
 * entities the background made of them. Offsets run through all the parts
 * joined, so the background can group a name in a new paragraph with the same
 * name read earlier. Adding, dropping and reading again are steps, for reads
 * cut into slices (runSteps runs them at once).
 */
import type { Candidate } from '../detect/find-names';
import type { ArticleEntity } from '../entities/group-mentions';
import type { MentionRange } from '../highlight/mention-range';
import { type Steps, workCounter } from '../steps';
import type { TextIndex } from '../text/collect-text';
import { sentences } from '../text/sentence-at';
import { insideAny } from '../text/shadow-tree';
import { rangeOf } from './range-of';
import type { Background } from './scan-page';
import type { Slices } from './slicer';

/**
 * A text read, where it starts in the joined text, and its sentence ends once a card asked for them. Only the
 * mentions hold it: once a live page has replaced every block a part holds, its text is let go.
 */
interface Part {
  start: number;
  text: string;
  sentenceAt?: (offset: number) => string;
}

interface Tracked {
  candidate: Candidate;
  range: Range;
  /** What the range read when it was made; a range reading anything else is stale. */
  text: string;
  part: Part;
}

/** A gap in the offsets between one part and the next, as between two blocks of the page. */
const PART_BREAK = '\n';
/** Ranges made or checked between two points where a sliced read may pause. */
const RANGES_PER_STEP = 32;

export class MentionLedger {
  private length = 0;
  private readonly tracked = new Map<number, Tracked>();
  private readonly byRange = new Map<Range, Tracked>();
  private entities: ArticleEntity[] = [];

  constructor(private readonly doc: Document) {}

  /** Adds a part read from the page and the mentions found in it; returns how many were kept. */
  *add(index: TextIndex, candidates: Candidate[]): Steps<number> {
    const base = this.length === 0 ? 0 : this.length + PART_BREAK.length;
    const part = { start: base, text: index.text };
    this.length = base + index.text.length;
    let kept = 0;
    const pause = workCounter(RANGES_PER_STEP);
    for (const candidate of candidates) {
      if (pause()) yield;
      const range = rangeOf(this.doc, index, candidate);
      // The page changed the text between reading and now; the change will be read again.
      if (!range) continue;
      const shifted = { ...candidate, start: candidate.start + base, end: candidate.end + base };
      const item = { candidate: shifted, range, text: index.text.slice(candidate.start, candidate.end), part };
      this.tracked.set(shifted.start, item);
      this.byRange.set(range, item);
      kept++;
    }
    return kept;
  }

  /** Every mention still on the page, in reading order of the parts, for the background. */
  candidates(): Candidate[] {
    return [...this.tracked.values()].map((t) => t.candidate);
  }

  /** Has the background group every mention still on the page into entities. */
  async resolve(background: Pick<Background, 'resolve'>, slices: Slices): Promise<void> {
    const candidates = this.candidates();
    this.entities = candidates.length > 0 ? await background.resolve(candidates, slices) : [];
  }

  /** Drops mentions whose text left the page or no longer reads as it did; true if any went. */
  prune(): Steps<boolean> {
    return this.drop((t) => !isCurrent(t));
  }

  /** Replaces the mentions inside elements read again with those just found there; true if any changed. */
  *reread(regions: Element[], parts: { index: TextIndex; candidates: Candidate[] }[]): Steps<boolean> {
    let changed = yield* this.drop((t) => insideAny(regions, t.range.startContainer));
    for (const part of parts) changed = (yield* this.add(part.index, part.candidates)) > 0 || changed;
    return changed;
  }

  isCurrent(range: Range): boolean {
    const item = this.byRange.get(range);
    return !!item && isCurrent(item);
  }

  /** The entities with only their mentions still on the page, and a range for each mention, in steps. */
  *live(): Steps<{ entities: ArticleEntity[]; ranges: MentionRange[] }> {
    const entities: ArticleEntity[] = [];
    const ranges: MentionRange[] = [];
    const pause = workCounter(RANGES_PER_STEP);
    for (const entity of this.entities) {
      if (pause(entity.mentions.length)) yield;
      const items = entity.mentions.map((m) => this.tracked.get(m.start)).filter((t) => t !== undefined);
      if (items.length === 0) continue;
      const kept = new Set(items.map((t) => t.candidate.start));
      const alive = { ...entity, mentions: entity.mentions.filter((m) => kept.has(m.start)) };
      entities.push(alive);
      for (const item of items) ranges.push({ entity: alive, range: item.range });
    }
    return { entities, ranges };
  }

  /** The sentence around a mention still on the page, by where it starts; '' for any other offset. */
  sentenceAt(offset: number): string {
    const part = this.tracked.get(offset)?.part;
    if (!part) return '';
    part.sentenceAt ??= sentences(part.text);
    return part.sentenceAt(offset - part.start);
  }

  private *drop(gone: (item: Tracked) => boolean): Steps<boolean> {
    let any = false;
    const pause = workCounter(RANGES_PER_STEP);
    for (const [start, item] of this.tracked) {
      if (pause()) yield;
      if (!gone(item)) continue;
      this.tracked.delete(start);
      this.byRange.delete(item.range);
      any = true;
    }
    return any;
  }
}

/** A live Range follows edits: a removed node collapses it, an edit inside it changes what it reads. */
function isCurrent(item: Tracked): boolean {
  const { range } = item;
  return range.startContainer.isConnected && range.endContainer.isConnected && range.toString() === item.text;
}
