/**
 * Cuts a run of capitalised words down to the name it holds: sentence openers,
 * months and titles come off its front, connectors off its ends, and a title
 * inside it ("Bank of England Governor Andrew Bailey") splits it in two.
 */
import { HOLIDAYS, MONTHS_AND_DAYS, NAME_CONNECTORS, ORG_CONNECTORS } from './lexicon/common-words';
import { PERSON_TITLES, TITLE_MODIFIERS } from './lexicon/person-words';
import { ORG_HEADS, PLACE_HEADS } from './lexicon/place-org-words';
import { SENTENCE_OPENERS } from './lexicon/sentence-openers';
import { atSentenceStart as startsSentence } from './shapes';
import { isNumber, lower, type Token } from './tokenize';

export interface Span {
  tokens: Token[];
  /** The title that stood before the name, as the article wrote it. */
  title: { start: number; end: number } | null;
  /** The name is the first word of its sentence, so its capital proves nothing. */
  sentenceInitial: boolean;
  /** The name stood before a person's title ("Disney" of "Disney Chief Executive"): what that title suggests. */
  affiliation?: 'ORG' | 'PLACE';
}

/** Titles of office that a place's name stands before: "Kentucky Gov.", "Texas Senator". */
const PLACE_OFFICES = new Set(
  'president premier governor gov mayor senator sen rep representative congressman congresswoman sheriff prime minister ambassador'.split(
    ' ',
  ),
);

/** "President", "Justices", "Prosecutor-General"; a qualifier alone ("State", "National") is no title. */
const titleLike = (p: string) => PERSON_TITLES.has(p) || (p.endsWith('s') && PERSON_TITLES.has(p.slice(0, -1)));
const titleOrModifier = (p: string) => titleLike(p) || TITLE_MODIFIERS.has(p);
const isTitle = (t: Token) => {
  const word = lower(t.text);
  if (!word.includes('-') && !word.includes('‐')) return titleLike(word);
  const parts = word.split(/[-‐]/);
  return parts.some(titleLike) && parts.every(titleOrModifier);
};
const isTitleWord = (t: Token) => isTitle(t) || TITLE_MODIFIERS.has(lower(t.text));
/** Words of page furniture before a date or a credit: "Updated 14:20", "Photography by …". */
const PAGE_LABELS = new Set(
  'updated published posted modified reporting editing photography illustration graphics page'.split(' '),
);
/** "10:30 AM ET", "9 PM PT": clock words and time zones. */
const CLOCK = new Set('am pm et pt ct mt gmt utc bst cet cest edt est pdt pst cdt cst ist jst'.split(' '));
/** Month abbreviations are also names ("Jan Kowalski", "Mar Mikhael") when a name follows them. */
const ABBREVIATED_MONTHS = new Set('jan feb mar apr jun jul aug sep sept oct nov dec'.split(' '));
const isMonthOrDay = (t: Token) => {
  const word = lower(t.text);
  return MONTHS_AND_DAYS.has(word) && !ABBREVIATED_MONTHS.has(word);
};
// An ordinal is in a run only where it begins a unit's name ("33rd Front"), so it stays.
const isEdge = (t: Token) =>
  NAME_CONNECTORS.has(t.text) ||
  ORG_CONNECTORS.has(t.text) ||
  isMonthOrDay(t) ||
  (isNumber(t.text) && !/\d(?:st|nd|rd|th)$/.test(t.text));

const PARTY_WORDS = new Set('republican democrat democratic conservative labour liberal libertarian'.split(' '));
/** Words after a party word that make an event's or a body's name, not a person's: "Republican National Convention". */
const NOT_PERSONAL = new Set(
  'national state senate house party convention caucus primary primaries debate platform'.split(' '),
);

/** Two or three capitalised words with no body's, place's or event's word: a person's name, shape alone. */
function isBareFullName(tokens: Token[]): boolean {
  if (tokens.length < 2 || tokens.length > 3) return false;
  return tokens.every((t) => {
    const word = lower(t.text);
    return /^\p{Lu}\p{Ll}/u.test(t.text) && !ORG_HEADS.has(word) && !PLACE_HEADS.has(word) && !NOT_PERSONAL.has(word);
  });
}

/** "in Queens", "Flushing, Queens": a title's plural alone, where a place stands, is a place's name. */
function isPluralTitlePlace(tokens: Token[], text: string): boolean {
  const word = lower((tokens[0] as Token).text);
  if (tokens.length !== 1 || PERSON_TITLES.has(word) || !PERSON_TITLES.has(word.slice(0, -1))) return false;
  const start = (tokens[0] as Token).start;
  return /(?:\b(?:in|from|to|near)|\p{Lu}\p{Ll}+,)[ \u00A0]$/u.test(text.slice(Math.max(0, start - 16), start));
}

export function trimRun(run: Token[], text: string): Span[] {
  const head = run[0] as Token;
  const atSentenceStart = startsSentence(text, head.start);
  let from = 0;
  // "…, A Battle Against Winter": a capitalised article inside a sentence opens a title, not a name.
  if (!atSentenceStart && (head.text === 'A' || head.text === 'An') && run.length > 2) return [];
  if (atSentenceStart && SENTENCE_OPENERS.has(lower(head.text)) && run.length > 1) from = 1;
  else if (atSentenceStart && SENTENCE_OPENERS.has(lower(head.text))) return [];
  while (from < run.length - 1 && (isEdge(run[from] as Token) || PAGE_LABELS.has(lower((run[from] as Token).text))))
    from++;
  if (from === run.length - 1 && PAGE_LABELS.has(lower((run[from] as Token).text))) return [];
  // "Republican Phil Bryant", "Democrat Andy Beshear": a party word before a full name is the person's affiliation.
  const party = run[from] as Token;
  if (PARTY_WORDS.has(lower(party.text)) && isBareFullName(run.slice(from + 1)))
    return finish(run.slice(from + 1), { start: party.start, end: party.end }, false);
  let to = run.length;
  // "Thought I would", "Can I": at a sentence start, a word and the pronoun I are no name.
  if (to - from === 2 && atSentenceStart && from === 0 && (run[1] as Token).text === 'I') to = 1;
  // "Justice Ministry", "Queen Charlotte Islands": the title word belongs to the name.
  const isOrg =
    ORG_HEADS.has(lower((run[to - 1] as Token).text)) || PLACE_HEADS.has(lower((run[to - 1] as Token).text));
  let k = from;
  while (k < to && isTitleWord(run[k] as Token)) k++;
  const sawTitle = run.slice(from, k).some(isTitle);
  if (sawTitle && !isOrg && k < to) {
    const title = { start: (run[from] as Token).start, end: (run[k - 1] as Token).end };
    return finish(run.slice(k, to), title, false);
  }
  if (sawTitle && !isOrg && !isPluralTitlePlace(run.slice(from, to), text)) return [];
  // A title inside the run splits an affiliation from the person it names.
  for (let m = from + 1; m < to - 1; m++) {
    if (!isTitle(run[m] as Token) || isOrg) continue;
    let n = m;
    while (n > from && TITLE_MODIFIERS.has(lower((run[n - 1] as Token).text))) n--;
    let e = m + 1;
    while (e < to && isTitleWord(run[e] as Token)) e++;
    // "High Commissioner for Human Rights" is an office, not a title before a person.
    if (e >= to || isEdge(run[e] as Token)) break;
    const left = affiliated(run.slice(from, n), run.slice(n, e));
    const title = { start: (run[from] as Token).start, end: (run[e - 1] as Token).end };
    return [...left, ...finish(run.slice(e, to), title, false)];
  }
  // "Kentucky Gov. Matt Bevin", "the Bank of England Governor": a title at the end leaves its affiliation.
  let end = to;
  while (end > from + 1 && isTitleWord(run[end - 1] as Token)) end--;
  // But "Ministry of Justice", "Secretary of State": a title after a connector names the office.
  const office = end < to && !isOrg && !isEdge(run[end - 1] as Token) && run.slice(end, to).some(isTitle);
  if (office) return affiliated(run.slice(from, end), run.slice(end, to));
  return finish(run.slice(from, to), null, atSentenceStart && from === 0);
}

function affiliated(left: Token[], office: Token[]): Span[] {
  const spans = finish(left, null, false);
  const place = office.some((t) => PLACE_OFFICES.has(lower(t.text)));
  for (const span of spans) span.affiliation = place ? 'PLACE' : 'ORG';
  return spans;
}

function finish(tokens: Token[], title: Span['title'], sentenceStart: boolean): Span[] {
  let a = 0;
  let b = tokens.length;
  while (b > a && isEdge(tokens[b - 1] as Token) && !(isNumber((tokens[b - 1] as Token).text) && b - a > 1)) b--;
  // "Bloody January", "Black September": what a month leaves behind is an event's epithet, not a name.
  if (b === a + 1 && b < tokens.length && isMonthOrDay(tokens[b] as Token)) return [];
  while (a < b && isEdge(tokens[a] as Token)) a++;
  const kept = tokens.slice(a, b);
  if (kept.length === 0 || kept.every((t) => isNumber(t.text))) return [];
  const words = kept.map((t) => lower(t.text));
  if (kept.length === 1 && ((kept[0] as Token).text.length < 2 || MONTHS_AND_DAYS.has(words[0] as string))) return [];
  if (HOLIDAYS.has(words.join(' ')) || words.every((w) => CLOCK.has(w))) return [];
  return [{ tokens: kept, title, sentenceInitial: sentenceStart && a === 0 && kept.length === 1 }];
}
