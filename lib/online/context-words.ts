/**
 * The words that tie a candidate to an article: those of its Wikidata
 * description and label that the article also uses ("Kazakh", "activist",
 * "President"). Inflected forms meet on a long shared beginning, so "Kazakh"
 * meets "Kazakhstan" and "president" meets "presidential".
 */
import { foldName } from '../names/fold';

const MIN_WORD = 3;
/** Two words meet when they share a beginning this long and this large a part of the shorter word. */
const MIN_SHARED = 5;
const MIN_SHARED_SHARE = 0.75;

// Words that would tie any description to any article.
const STOPWORDS = new Set(
  'the and for from with that this was were has have had his her its who whom which born also into other their them been about after before said says since than then there when where while will would more most some such only over under between during known being one two new not are but all any can may'.split(
    ' ',
  ),
);

export function wordsOf(value: string): string[] {
  return foldName(value)
    .split(/[^\p{L}]+/u)
    .filter((word) => word.length >= MIN_WORD && !STOPWORDS.has(word));
}

export function articleWords(text: string | undefined, names: readonly string[] | undefined): Set<string> {
  const words = new Set<string>();
  // The article can be long; words are what matter, and each is kept once.
  for (const word of wordsOf(text ?? '')) words.add(word);
  for (const name of names ?? []) for (const word of wordsOf(name)) words.add(word);
  return words;
}

function meet(a: string, b: string): boolean {
  if (a === b) return true;
  const shorter = Math.min(a.length, b.length);
  let shared = 0;
  while (shared < shorter && a[shared] === b[shared]) shared++;
  return shared >= MIN_SHARED && shared >= shorter * MIN_SHARED_SHARE;
}

/** The candidate's words found in the article, each counted once; the looked-up name's own words never count. */
export function sharedWords(candidate: string, article: Set<string>, isOwn: (word: string) => boolean): string[] {
  const found = new Set<string>();
  for (const word of wordsOf(candidate)) {
    if (found.has(word) || isOwn(word)) continue;
    if (article.has(word)) found.add(word);
    else for (const other of article) if (meet(word, other)) found.add(word);
  }
  return [...found];
}
