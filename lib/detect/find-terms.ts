/**
 * Finds the known terms in running text: lower-case phrases such as
 * "political prisoners" or "clemency", longest first, outside names.
 */
import type { Candidate } from './find-names';
import { atSentenceStart } from './shapes';
import { lower, type Token } from './tokenize';

/** Longest term phrase looked for, in words. */
const MAX_TERM_WORDS = 5;
const WORD_GAP = /^[ \u00A0]$/;

/** The known term phrases, with every phrase's word prefixes so a search can stop early. */
export interface TermLexicon {
  has(phrase: string): boolean;
  /** Whether some longer term starts with this phrase and a space. */
  continues(phrase: string): boolean;
  /** Whether some term starts with this word, or with the word this plural comes from. */
  starts(word: string): boolean;
}

export function termLexicon(phrases: Iterable<string>): TermLexicon {
  const all = new Set<string>();
  const prefixes = new Set<string>();
  const firsts = new Set<string>();
  for (const phrase of phrases) {
    all.add(phrase);
    for (let at = phrase.indexOf(' '); at > 0; at = phrase.indexOf(' ', at + 1)) prefixes.add(phrase.slice(0, at));
    const space = phrase.indexOf(' ');
    firsts.add(space > 0 ? phrase.slice(0, space) : phrase);
  }
  // Most words start no term: one set lookup, without working out a singular, settles them.
  const starts = (word: string) => firsts.has(word) || (word.endsWith('s') && firsts.has(singular(word)));
  return { has: (p) => all.has(p), continues: (p) => prefixes.has(p), starts };
}

/** The singular a plural most likely comes from: "prisoners", "policies", "taxes". */
export function singular(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 4 && /(?:ss|x|ch|sh)es$/.test(word)) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us') && !word.endsWith('is'))
    return word.slice(0, -1);
  return word;
}

export function findTerms(text: string, tokens: Token[], terms: TermLexicon, names: Candidate[]): Candidate[] {
  const taken = new Uint8Array(tokens.length);
  let n = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    while (n < names.length && (names[n] as Candidate).end <= t.start) n++;
    const name = names[n];
    if (name && name.start < t.end && !(name.sentenceInitial && name.end === t.end)) taken[i] = 1;
  }
  const found: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (taken[i]) continue;
    const first = tokens[i] as Token;
    const capital = first.text[0] !== first.text[0]?.toLowerCase();
    if (capital && !atSentenceStart(text, first.start)) continue;
    if (!terms.starts(lower(first.text))) continue;
    const match = longestTerm(tokens, taken, i, text, terms);
    if (!match) continue;
    const last = tokens[match.end] as Token;
    found.push({
      start: first.start,
      end: last.end,
      form: text.slice(first.start, last.end),
      cue: 'TERM',
      sentenceInitial: false,
      fullName: match.lemma,
    });
    i = match.end;
  }
  return found;
}

function longestTerm(
  tokens: Token[],
  taken: Uint8Array,
  i: number,
  text: string,
  terms: TermLexicon,
): { end: number; lemma: string } | null {
  const raw: string[] = [];
  const single: string[] = [];
  let best: { end: number; lemma: string } | null = null;
  for (let j = i; j < tokens.length && j < i + MAX_TERM_WORDS; j++) {
    const token = tokens[j] as Token;
    if (taken[j] || (j > i && !WORD_GAP.test(text.slice((tokens[j - 1] as Token).end, token.start)))) break;
    if (j > i && token.text[0] !== token.text[0]?.toLowerCase()) break;
    const word = lower(token.text);
    raw.push(word);
    single.push(singular(word));
    // "political prisoners" and "prisoners of conscience": the plural may be on any word.
    const forms = [raw.join(' '), [...raw.slice(0, -1), single[single.length - 1]].join(' '), single.join(' ')];
    const lemma = forms.find((f) => terms.has(f));
    if (lemma) best = { end: j, lemma };
    if (!terms.continues(forms[0] as string) && !terms.continues(forms[2] as string)) break;
  }
  return best;
}
