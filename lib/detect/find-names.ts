/**
 * A first name detector: capitalised word sequences, with titles, sentence
 * openers, months and headline capitals removed.
 */
import type { EntityType } from '../model';
import { allCapsLines, contextCue } from './context-cues';
import { plainWord, type Token, tokenize } from './tokenize';
import {
  DEMONYMS,
  JOINED_PREFIX,
  MONTHS_AND_DAYS,
  NAME_CONNECTORS,
  OF_HEADS,
  ORG_HEADS,
  PERSON_TITLES,
  SENTENCE_OPENERS,
  TITLE_MODIFIERS,
} from './word-lists';

export interface Candidate {
  start: number;
  end: number;
  /** The name exactly as it stands in the text. */
  form: string;
  /** The type the context suggests, if any. */
  cue: EntityType | null;
  /** A one-word name at the start of a sentence may just be a capitalised word. */
  sentenceInitial: boolean;
}

const CAPITAL = /^[\p{Lu}\p{Lt}]/u;
const _ACRONYM = /^[\p{Lu}\d]{2,6}$/u;
/** Gaps allowed between two words of one name: a space or a no-break space. */
const NAME_GAP = /^[ \u00A0]$/;
const INITIAL_GAP = /^\.[ \u00A0]?$/;
const SENTENCE_END = /[.!?:;"“”«»()[\]\n—–]\s*$|^\s*$/;

const isCapitalised = (w: string) => CAPITAL.test(w) || (JOINED_PREFIX.test(w) && /[-‐]\p{Lu}/u.test(w));
const lower = (w: string) => plainWord(w).toLowerCase();

export function findNames(text: string): Candidate[] {
  const tokens = tokenize(text);
  const shouting = allCapsLines(text);
  const candidates: Candidate[] = [];
  let i = 0;
  while (i < tokens.length) {
    const first = tokens[i] as Token;
    if (!isCapitalised(first.text) || shouting(first.start)) {
      i++;
      continue;
    }
    const run: Token[] = [first];
    let j = i + 1;
    while (j < tokens.length) {
      const prev = run[run.length - 1] as Token;
      const next = tokens[j] as Token;
      const gap = text.slice(prev.end, next.start);
      const joinsInitial = prev.text.length === 1 && INITIAL_GAP.test(gap);
      if (!NAME_GAP.test(gap) && !joinsInitial) break;
      if (isCapitalised(next.text)) run.push(next);
      else if (joinsAsConnector(prev, tokens, j, text)) run.push(next);
      else break;
      j++;
    }
    i = j;
    const candidate = trimRun(run, text);
    if (candidate) candidates.push(candidate);
  }
  return candidates;
}

/**
 * A lower-case connector continues a name only when a capitalised word follows
 * it ("von der Leyen"), and "of" only after a word that takes it ("Bank of
 * England", not "Leyen of Brussels").
 */
function joinsAsConnector(prev: Token, tokens: Token[], j: number, text: string): boolean {
  const word = (tokens[j] as Token).text;
  if (!NAME_CONNECTORS.has(word)) return false;
  if (word === 'of' && !OF_HEADS.has(lower(prev.text)) && !ORG_HEADS.has(lower(prev.text))) return false;
  for (let k = j; k + 1 < tokens.length; k++) {
    const here = tokens[k] as Token;
    const next = tokens[k + 1] as Token;
    if (!NAME_GAP.test(text.slice(here.end, next.start))) return false;
    if (isCapitalised(next.text)) return true;
    if (!NAME_CONNECTORS.has(next.text) || next.text === 'of') return false;
  }
  return false;
}

function trimRun(run: Token[], text: string): Candidate | null {
  let to = run.length;
  let cue: EntityType | null = null;
  const head0 = run[0] as Token;
  const atSentenceStart = SENTENCE_END.test(text.slice(Math.max(0, head0.start - 3), head0.start));
  const isEdge = (t: Token) => NAME_CONNECTORS.has(t.text) || MONTHS_AND_DAYS.has(lower(t.text));
  let base = atSentenceStart && SENTENCE_OPENERS.has(lower(head0.text)) ? 1 : 0;
  while (base < to - 1 && isEdge(run[base] as Token)) base++;
  // Titles ("Prime Minister", "President") lead the name and are not part of it,
  // unless the run is an organisation ("Justice Ministry").
  let k = base;
  let sawTitle = false;
  while (
    k < to &&
    (PERSON_TITLES.has(lower((run[k] as Token).text)) || TITLE_MODIFIERS.has(lower((run[k] as Token).text)))
  ) {
    if (PERSON_TITLES.has(lower((run[k] as Token).text))) sawTitle = true;
    k++;
  }
  const isOrg = ORG_HEADS.has(lower((run[to - 1] as Token).text));
  let from = sawTitle && !isOrg ? k : base;
  if (from !== base) cue = 'PERSON';
  while (to > from && isEdge(run[to - 1] as Token)) to--;
  while (from < to && (isEdge(run[from] as Token) || (to - from > 1 && lower((run[from] as Token).text) === 'the')))
    from++;
  if (from >= to) return null;
  const head = run[from] as Token;
  const tail = run[to - 1] as Token;
  const single = to - from === 1;
  if (single && (head.text.length < 2 || DEMONYMS.has(lower(head.text)))) return null;
  cue ??= contextCue(text, head, tail, single);
  return {
    start: head.start,
    end: tail.end,
    form: text.slice(head.start, tail.end),
    cue,
    sentenceInitial: single && from === 0 && atSentenceStart,
  };
}
