/**
 * Groups tokens into runs of capitalised words that may form one name, joined
 * by single spaces, initials and the lower-case connectors names use.
 */

import { compoundInBody, startsUnit } from './body-words';
import {
  ADJECTIVE_SUFFIXES,
  JOINED_PREFIX,
  MONTHS_AND_DAYS,
  NAME_CONNECTORS,
  ORG_CONNECTORS,
} from './lexicon/common-words';
import { OF_HEADS, ORG_HEADS } from './lexicon/place-org-words';
import { SENTENCE_OPENERS } from './lexicon/sentence-openers';
import { orgListEnd } from './org-lists';
import { isShopName, joinsPartyWord, joinsPossessive, ownerToken } from './possessive-names';
import { isNumber, lower, type Token } from './tokenize';

const CAPITAL = /^[\p{Lu}\p{Lt}]/u;
/** Gaps allowed between two words of one name: a space or a no-break space. */
const NAME_GAP = /^[ \u00A0]$/;
const INITIAL_GAP = /^\.[ \u00A0]?$/;
const AMPERSAND_GAP = /^[ \u00A0]?&(?:amp;)?[ \u00A0]?$/;
const CONTRACTION = /['’](?:m|ve|ll|re|d|t)$/i;
/** No name is longer; a longer run of capitals is a list or a shout, and is cut. */
const MAX_NAME_WORDS = 12;

/** A word that can be part of a name: capitalised, or "al-Assad"-style, and no adjective compound. */
export function isNameWord(word: string): boolean {
  const first = word[0] as string;
  // Cheap test first: most words start in lower case and have no prefix to consider.
  if (first === first.toLowerCase() && first !== first.toUpperCase() && !JOINED_PREFIX.test(word)) return false;
  if (!CAPITAL.test(word) && !(JOINED_PREFIX.test(word) && /[-‐]\p{Lu}/u.test(word))) return false;
  // "I'm", "We've", "They’re": a pronoun's contraction, never a name ("O'Neill" ends otherwise).
  if (CONTRACTION.test(word)) return false;
  const dash = Math.max(word.lastIndexOf('-'), word.lastIndexOf('‐'));
  if (dash < 0) return true;
  // "Kremlin-backed", "Just-released", "Two-year-old"; but "Jong-un" keeps its lower-case part.
  return !isAdjectiveTail(word.slice(dash + 1));
}

const isAdjectiveTail = (part: string): boolean => ADJECTIVE_SUFFIXES.has(lower(part)) || /^\p{Ll}{2,}ed$/u.test(part);

/**
 * "Moscow" of "Moscow-led", "Mercer Island" of "Mercer Island-based": the
 * compound is an adjective, but the name before its tail is still a name. The
 * name ends at that word, when every part of it is capitalised and it is no
 * adverb or word that opens sentences ("Just-released", "Two-year-old").
 */
/** "Malayalam-language", "Spanish-speaking", "Irish-American": tails after a language or a people, no entity. */
const PEOPLE_TAILS = new Set(['language', 'speaking', 'script', 'american', 'majority', 'minority']);

function nameBeforeTail(token: Token): Token | null {
  const word = token.text;
  const dash = Math.max(word.lastIndexOf('-'), word.lastIndexOf('‐'));
  const tail = word.slice(dash + 1);
  if (dash <= 0 || !isAdjectiveTail(tail) || PEOPLE_TAILS.has(lower(tail))) return null;
  const head = word.slice(0, dash);
  // "Privately-held", "Newly-elected": an adverb, not a name.
  if (!head.split(/[-‐]/).every((part) => CAPITAL.test(part)) || /ly$/.test(head) || SENTENCE_OPENERS.has(lower(head)))
    return null;
  return { start: token.start, end: token.start + head.length, text: head };
}

/** The words before a one-word run, for a possessive that may open a name. */
const runBefore = (run: Token[], text: string): string =>
  run.length === 1 ? text.slice(Math.max(0, (run[0] as Token).start - 12), (run[0] as Token).start) : '';

const isTagged = (text: string, start: number): boolean => text[start - 1] === '@' || text[start - 1] === '#';

export function findRuns(tokens: Token[], text: string): Token[][] {
  const runs: Token[][] = [];
  let i = 0;
  while (i < tokens.length) {
    const first = tokens[i] as Token;
    // "@MattBevin", "#MeToo": a handle or a hashtag is no name in running text.
    if (isTagged(text, first.start)) {
      i++;
      continue;
    }
    if (!isNameWord(first.text) && !startsUnit(tokens, i, text, isNameWord)) {
      const head = nameBeforeTail(first);
      if (head) runs.push([head]);
      i++;
      continue;
    }
    const run: Token[] = [first];
    let j = i + 1;
    while (j < tokens.length && run.length < MAX_NAME_WORDS) {
      const prev = run[run.length - 1] as Token;
      const next = tokens[j] as Token;
      const gap = text.slice(prev.end, next.start);
      // "J. K. Rowling", but not "Xbox One S. That" or "Fallout 3. Some".
      const joinsInitial =
        prev.text.length === 1 &&
        /\p{Lu}/u.test(prev.text) &&
        INITIAL_GAP.test(gap) &&
        !SENTENCE_OPENERS.has(lower(next.text));
      const listEnd = gap === ', ' ? orgListEnd(run, tokens, j, text, isNameWord) : -1;
      if (listEnd >= 0) {
        run.push(...tokens.slice(j, listEnd + 1));
        j = listEnd + 1;
        break;
      }
      // "Industrial Light & Magic", "AT&T": an ampersand joins the words of a firm's name.
      const ampersand = AMPERSAND_GAP.test(gap) && isNameWord(next.text);
      if (
        !NAME_GAP.test(gap) &&
        !joinsInitial &&
        !ampersand &&
        !joinsPossessive(isNameWord, prev, next, gap, runBefore(run, text))
      )
        break;
      if (isNameWord(next.text) || compoundInBody(run, next.text)) run.push(next);
      else if (nameBeforeTail(next)) {
        run.push(nameBeforeTail(next) as Token);
        j++;
        break;
      } else if (joinsAsNumber(prev, next, tokens[j + 1], text)) run.push(next);
      else if (joinsAsConnector(run, tokens, j, text)) run.push(next);
      else break;
      j++;
    }
    if (joinsPartyWord(run, tokens[j], text)) run.push(tokens[j++] as Token);
    else if (isShopName(run, text)) run.push(ownerToken(run.pop() as Token, text));
    // The ordinal stays only if the run names a unit or body: "33rd Front", not "21st Century".
    if (!isNameWord(first.text) && !ORG_HEADS.has(lower((run[run.length - 1] as Token).text))) run.shift();
    if (run.length > 0) runs.push(run);
    i = j;
  }
  return runs;
}

/** "Mile 12": a short number closes a name; a year after a month, a score ("Rublev 6-4") or a table's column does not. */
function joinsAsNumber(prev: Token, next: Token, after: Token | undefined, text: string): boolean {
  if (!isNumber(next.text) || next.text.length > 4 || MONTHS_AND_DAYS.has(lower(prev.text))) return false;
  if (SCORE_OR_RATIO.test(text.slice(next.end, next.end + 2))) return false;
  if (!after || !NAME_GAP.test(text.slice(next.end, after.start))) return true;
  return !isNameWord(after.text) && !isNumber(after.text);
}

const SCORE_OR_RATIO = /^[-–—/:]\d/;

/**
 * A lower-case connector continues a name only when a capitalised word follows
 * it ("von der Leyen"). "of" needs a word that takes it ("Bank of England", not
 * "Leyen of Brussels"), and "and", "for", "on" and "the" continue only the name
 * of an organisation ("Ministry of Energy and Water Resources").
 */
function joinsAsConnector(run: Token[], tokens: Token[], j: number, text: string): boolean {
  const word = (tokens[j] as Token).text;
  const prev = lower((run[run.length - 1] as Token).text);
  const runWords = run.map((t) => lower(t.text));
  const isOrgName = runWords.some((w) => ORG_HEADS.has(w) || OF_HEADS.has(w));
  if (word === 'of') {
    // "the National Party of F. W. de Klerk": initials begin a person, not the rest of a body's name.
    const after = tokens[j + 1];
    if (after && after.text.length === 1 && text[after.end] === '.') return false;
    if (
      !OF_HEADS.has(prev) &&
      !ORG_HEADS.has(prev) &&
      !(isOrgName && runWords.some((w) => w === 'of' || w === 'for' || w === 'on'))
    )
      return false;
  } else if (word === 'a' || word === 'an') {
    // "Committee for a Responsible Federal Budget".
    if (!isOrgName || prev !== 'for') return false;
  } else if (word === 'in') {
    // "Movement for Quality Government in Israel": a body "for" something may end with where.
    if (!isOrgName || !runWords.includes('for')) return false;
  } else if (ORG_CONNECTORS.has(word)) {
    const afterOf = runWords.includes('of') || runWords.includes('for') || runWords.includes('on');
    if (word === 'the' ? !['of', 'for', 'on'].includes(prev) : !isOrgName) return false;
    if ((word === 'and' || word === '&') && !afterOf) return false;
  } else if (!NAME_CONNECTORS.has(word)) return false;
  for (let k = j; k + 1 < tokens.length; k++) {
    const here = tokens[k] as Token;
    const next = tokens[k + 1] as Token;
    if (!NAME_GAP.test(text.slice(here.end, next.start))) return false;
    if (isNameWord(next.text) || (CAPITAL.test(next.text) && isOrgName)) return true;
    if (!NAME_CONNECTORS.has(next.text) && next.text !== 'the' && !(here.text === 'for' && next.text === 'a'))
      return false;
  }
  return false;
}
