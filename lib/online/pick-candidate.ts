/**
 * Choosing among Wikidata candidates by the article's context. The rule is to
 * never show the wrong person with confidence: when the two best candidates
 * are close, the answer is "ambiguous" and the reader chooses.
 */
import { translitKey } from '../names/translit-key';
import { articleWords, sharedWords, wordsOf } from './context-words';
import type { Confidence, LookupContext } from './lookup-types';
import type { TypeFit } from './type-check';
import type { ItemFacts } from './wikidata-entities';

export interface Candidate {
  item: ItemFacts;
  fit: TypeFit;
  /** The label or alias Wikidata's search matched. */
  matched: string;
}

export interface Scored extends Candidate {
  score: number;
  /** Description and label words the article also has. */
  evidence: string[];
  /** 2: the whole name is the label or alias; 1: the name is part of it (a surname). */
  nameFit: 0 | 1 | 2;
}

export type Pick =
  | { kind: 'chosen'; chosen: Scored; confidence: Confidence; runnersUp: Scored[] }
  | { kind: 'ambiguous'; candidates: Scored[] }
  | { kind: 'none' };

/** The best must lead the next by at least one context word, or the reader is asked. */
export const CLEAR_GAP = 1;
/**
 * Among namesakes, one shared word is too little: "politician" meets any article
 * on politics. Two distinct words of evidence are needed to choose without asking.
 */
export const MIN_EVIDENCE = 2;
/** A lead of two words, with two words of evidence, is a confident choice. */
const HIGH_GAP = 2;
const MAX_RUNNERS_UP = 4;

export function nameFit(name: string, forms: readonly string[]): 0 | 1 | 2 {
  const key = translitKey(name);
  if (!key) return 0;
  const keys = forms.map((form) => translitKey(form));
  if (keys.includes(key)) return 2;
  return keys.some((k) => ` ${k} `.includes(` ${key} `)) ? 1 : 0;
}

export function scoreCandidates(name: string, candidates: readonly Candidate[], context: LookupContext): Scored[] {
  const article = articleWords(name, context.text, context.names);
  // The name's own words are in the article by definition, in any spelling; they prove nothing.
  const ownKeys = new Set(wordsOf(name).map((word) => translitKey(word)));
  const isOwn = (word: string) => ownKeys.has(translitKey(word));
  const scored = candidates.flatMap((candidate, rank): (Scored & { rank: number })[] => {
    const fit = nameFit(name, [candidate.item.label, candidate.matched]);
    if (fit === 0 || candidate.fit === 'mismatch') return [];
    return [{ ...candidate, nameFit: fit, evidence: [], score: 0, rank }];
  });
  for (const s of scored) {
    s.evidence = sharedWords(`${s.item.description} ${s.item.label}`, article, isOwn);
    s.score = s.evidence.length + (s.fit === 'match' ? 0.5 : 0) + (s.nameFit === 2 ? 0.5 : 0);
  }
  return scored.sort((a, b) => b.score - a.score || a.rank - b.rank).map(({ rank: _, ...s }) => s);
}

export function pickCandidate(name: string, candidates: readonly Candidate[], context: LookupContext): Pick {
  const scored = scoreCandidates(name, candidates, context);
  const [best, next] = scored;
  if (!best) return { kind: 'none' };
  const runnersUp = scored.slice(1, 1 + MAX_RUNNERS_UP);
  if (!next) {
    const hits = best.evidence.length;
    // A lone candidate the article says nothing about may still be a namesake the search did not list.
    const confidence = hits === 0 ? 'low' : best.nameFit === 2 ? 'high' : 'medium';
    return { kind: 'chosen', chosen: best, confidence, runnersUp };
  }
  const gap = best.score - next.score;
  if (gap < CLEAR_GAP || best.evidence.length < MIN_EVIDENCE) return { kind: 'ambiguous', candidates: scored };
  const confidence = gap >= HIGH_GAP && best.evidence.length >= HIGH_GAP ? 'high' : 'medium';
  return { kind: 'chosen', chosen: best, confidence, runnersUp };
}
