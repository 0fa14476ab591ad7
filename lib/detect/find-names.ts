/**
 * Finds the names in a text: capitalised runs cut down to their names, with
 * context cues, roles and editorial brackets. Names in Title Case headlines
 * count only when the article's prose confirms them.
 */
import type { EntityType } from '../model';
import { contextCue, followsInThe, followsPlacePreposition } from './context-cues';
import { markDatelines } from './datelines';
import { descriptorRole } from './descriptor-role';
import { descriptorBefore } from './descriptors';
import { findRuns } from './find-runs';
import { confirmInHeadline } from './headline-names';
import { joinBracketedNames } from './join-brackets';
import { PRODUCT_NOUNS } from './lexicon/place-org-words';
import { classifyLines } from './line-kinds';
import { markAcronyms } from './name-aliases';
import { markCommaPairs, shareCoordinatedCues } from './names-together';
import { markPronounSubjects } from './pronoun-cues';
import { quotedTitles } from './quoted-titles';
import { weakRelationCue } from './relation-cues';
import { appositiveRole, titleRole } from './roles';
import { lower, type Token, tokenize } from './tokenize';
import { type Span, trimRun } from './trim-run';

export interface Candidate {
  start: number;
  end: number;
  /** The name exactly as it stands in the text. */
  form: string;
  /** The type the context suggests, if any. */
  cue: EntityType | null;
  /** The cue is only a hint ("from Amal", "Oza said"), which other evidence outweighs. */
  weakCue?: boolean;
  /** A one-word name at the start of a sentence may just be a capitalised word. */
  sentenceInitial: boolean;
  /** The same word appears in lower case elsewhere, so it may be an ordinary word. */
  commonWord?: boolean;
  /** The whole name when an editorial bracket splits it: "[… Nursultan] Nazarbaev". */
  fullName?: string;
  /** What the article says the entity is, at this mention. */
  role?: string;
  /** An acronym the article introduces for the name just before it: "European Union (EU)". */
  aliasOf?: string;
  /** The name stands inside a quoted Title Case phrase, a title or a slogan. */
  inQuotedTitle?: boolean;
  /** The text around is not English: only a name the reference data knows counts. */
  foreign?: boolean;
  /** The word stands before "language", "people" or "chiefs": it names a people. */
  groupWord?: boolean;
  /** A noun of made things follows the name: "the Cassini spacecraft", "Sentra vehicles". */
  product?: boolean;
  /** A comma and another name close the clause after this one: "Ketchikan, Alaska." */
  commaNext?: boolean;
  /** The common noun the article puts before the name: "schooner" of "the schooner Polaris". */
  descriptor?: string;
  /** The place a report was filed from ("WASHINGTON —"): a place, and its own entity. */
  dateline?: boolean;
}

export function findNames(text: string, tokens: Token[] = tokenize(text)): Candidate[] {
  const lines = classifyLines(text);
  const prose: Candidate[] = [];
  const headlineRuns: Token[][] = [];
  for (const run of findRuns(tokens, text)) {
    const kind = lines.kindAt((run[0] as Token).start);
    if (kind === 'shout') continue;
    if (kind === 'headline') headlineRuns.push(run);
    else for (const span of trimRun(run, text)) prose.push(toCandidate(span, text));
  }
  markCommonWords(prose, tokens);
  const confirmed = confirmInHeadline(headlineRuns, prose, text);
  const all = [...prose, ...confirmed].sort((a, b) => a.start - b.start);
  markQuotedTitles(all, text);
  shareCoordinatedCues(all, text);
  markCommaPairs(all, text);
  markPronounSubjects(all, text);
  return markAcronyms(markDatelines(joinBracketedNames(all, text), text), text);
}

function markQuotedTitles(sorted: Candidate[], text: string): void {
  let i = 0;
  for (const [start, end] of quotedTitles(text)) {
    while (i < sorted.length && (sorted[i] as Candidate).start < start) i++;
    for (; i < sorted.length && (sorted[i] as Candidate).end <= end; i++) (sorted[i] as Candidate).inQuotedTitle = true;
  }
}

/** Marks one-word names that the text also writes in lower case: "Reform", "Court". */
function markCommonWords(candidates: Candidate[], tokens: Token[]): void {
  const single = new Map<string, Candidate[]>();
  for (const c of candidates) {
    if (c.form.includes(' ') || c.form.includes('\u00A0')) continue;
    const key = lower(c.form);
    const same = single.get(key);
    // Pushed, never copied: a page repeating one name 100,000 times must cost 100,000 steps, not their square.
    if (same) same.push(c);
    else single.set(key, [c]);
  }
  if (single.size === 0) return;
  // Keys are lower case, so only lower-case uses of the word can match.
  for (const t of tokens) {
    const found = single.get(t.text);
    if (found) for (const c of found) c.commonWord = true;
  }
}

function toCandidate(span: Span, text: string): Candidate {
  const head = span.tokens[0] as Token;
  const tail = span.tokens[span.tokens.length - 1] as Token;
  const form = text.slice(head.start, tail.end);
  // "President Putin", "Amazon founder Jeff Bezos", "Sadykova, a retired teacher,": a title, a descriptor, an appositive.
  const role =
    (span.title && titleRole(text, span.title.start, span.title.end)) ||
    descriptorRole(text, head.start) ||
    appositiveRole(text, tail.end, head.start);
  let cue = span.title ? 'PERSON' : contextCue({ text, tokens: span.tokens, role });
  let weak = cue === 'PLACE' && followsPlacePreposition(text, head.start);
  // "Disney" of "Disney Chief Executive Bob Iger": an affiliation is a body, or a place before an office.
  if (!cue && span.affiliation) [cue, weak] = [span.affiliation, true];
  // "in the Amazon": when nothing else is said, a hint of a place.
  if (!cue && followsInThe(text, head.start)) [cue, weak] = ['PLACE', true];
  // "appeared on The Atlantic": a capitalised "The" inside a sentence opens the name of a title or a body.
  if (!cue && span.tokens.length > 1 && head.text === 'The') [cue, weak] = ['ORG', true];
  const hint = !cue || weak ? weakRelationCue(text, head.start, tail.end, span.tokens.length === 1) : null;
  // A hint fills a gap; over a preposition's place it wins only for a person's body ("Becker at Becoming Minimalist").
  if (hint && (!cue || hint === 'ORG')) [cue, weak] = [hint, true];
  const candidate: Candidate = { start: head.start, end: tail.end, form, cue, sentenceInitial: span.sentenceInitial };
  if (weak) candidate.weakCue = true;
  if (role) candidate.role = role;
  const descriptor = span.title ? null : descriptorBefore(text, head.start);
  if (descriptor) candidate.descriptor = descriptor;
  if (span.tokens.length === 1 && PEOPLE_NOUN.test(text.slice(tail.end, tail.end + 16))) candidate.groupWord = true;
  if (isBeforeProductNoun(text.slice(tail.end, tail.end + 40)) || isCalledProduct(text, head.start))
    candidate.product = true;
  return candidate;
}

/** One or two lower-case words after a name, the second after a modifier ("Maxima sports sedan"), not a verb's object. */
const NEXT_NOUNS = /^[ \u00A0]+(\p{Ll}[\p{Ll}-]+)(?:[ \u00A0]+(\p{Ll}[\p{Ll}-]+))?/u;
const NOT_MODIFIERS = new Set('and or to of in on at for with by from is was are were has had said says'.split(' '));

function isBeforeProductNoun(after: string): boolean {
  const [, first, second] = NEXT_NOUNS.exec(after) ?? [];
  if (!first) return false;
  return PRODUCT_NOUNS.has(first) || (!NOT_MODIFIERS.has(first) && PRODUCT_NOUNS.has(second as string));
}

/**
 * "a skin patch called Viaskin", "plug-ins, including MT-Regex": a noun of made things gives the name it is
 * called by, or the names listed after it.
 */
function isCalledProduct(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 120), start);
  const noun = CALLED.exec(before)?.[1] ?? (LIST_WORD.test(before) ? LISTED.exec(before)?.[1] : undefined);
  return noun !== undefined && PRODUCT_NOUNS.has(noun);
}

const LIST_WORD = /including|such|like/;
const CALLED = /(\p{Ll}+)[ \u00A0]+(?:called|named|dubbed|branded)[ \u00A0]+$/u;
/** "plug-ins, including Ann Lee’s MT-Regex and", "fonts (like Comic Sans and": the noun a list of made things follows. */
const ITEM = String.raw`\p{Lu}[^\s,.;:()]*(?:[ \u00A0]\p{Lu}[^\s,.;:()]*){0,3}`;
const LISTED = new RegExp(
  String.raw`([\p{Ll}-]+),?[ \u00A0]+\(?(?:including|such[ \u00A0]+as|like)[ \u00A0]+(?:${ITEM}(?:,[ \u00A0]+|[ \u00A0]+and[ \u00A0]+)){0,4}(?:${ITEM}['’]s?[ \u00A0]+)?$`,
  'u',
);

/** "the Haida language", "Māori chiefs": a word before these names a people, not an entity. */
const PEOPLE_NOUN =
  /^[ \u00A0](?:language|languages|people|peoples|chiefs|elders|tribe|tribes|iwi|clans?|communities|community)\b/;
