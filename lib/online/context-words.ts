/**
 * The words that tie a candidate to an article: those of its Wikidata
 * description and label that the article also uses ("Kazakh", "activist",
 * "President"). Inflected forms meet on a long shared beginning, so "Kazakh"
 * meets "Kazakhstan" and "president" meets "presidential".
 *
 * Only the text around the name's own mentions counts, with the article's
 * other entity names: across a whole article, generic words ("governor",
 * "English", "political") would tie any namesake to any story.
 */
import { foldName } from '../names/fold';
import { translitKey } from '../names/translit-key';

/** Characters either side of a mention that count as its context: about a sentence. */
export const MENTION_RADIUS = 200;
/** Longer than any news article; a page that sends more is cut rather than scanned. */
const MAX_CONTEXT_CHARS = 500_000;

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

/**
 * The text within MENTION_RADIUS of each mention of the name, found by the
 * detection key of its last word, so "Toqaev" finds "Tokayev" too. Inflected
 * forms (Russian "Назарбаева") are not found.
 */
export function nearMentions(text: string, name: string): string {
  const last =
    name
      .split(/[\s-]+/)
      .filter(Boolean)
      .pop() ?? '';
  const key = translitKey(last);
  if (!key) return '';
  const windows: string[] = [];
  let reach = 0;
  for (const token of text.slice(0, MAX_CONTEXT_CHARS).matchAll(/[\p{L}\p{M}]+/gu)) {
    if (translitKey(token[0]) !== key) continue;
    const from = Math.max(reach, token.index - MENTION_RADIUS);
    reach = token.index + token[0].length + MENTION_RADIUS;
    windows.push(text.slice(from, reach));
  }
  return windows.join(' ');
}

export function articleWords(
  name: string,
  text: string | undefined,
  names: readonly string[] | undefined,
): Set<string> {
  const words = new Set<string>();
  for (const word of wordsOf(nearMentions(text ?? '', name))) words.add(word);
  for (const other of names ?? []) for (const word of wordsOf(other)) words.add(word);
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
