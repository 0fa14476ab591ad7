/**
 * Evidence from the article's other names for one of the reference entries
 * that share a name: Paris with Texas nearby is the Texas town; Georgia with
 * Tbilisi is the country. resolve-ambiguous weighs it with the other steps.
 */
import type { ReferenceEntry } from '../model';
import { foldName } from '../names/fold';

/** Shorter names are too often parts of ordinary words to count as evidence. */
const MIN_EVIDENCE_CHARS = 4;

/**
 * How many of the article's other names the entry's description and facts mention, as whole words. The cheaper
 * way round is taken: each name looked for in the text, or each stretch of whole words in the text looked up among
 * the names. Either gives the same count, and a page with 20,000 names costs each entry at most its text's stretches.
 */
export function evidence(
  entry: ReferenceEntry,
  articleNames: ReadonlySet<string>,
  ignored: (name: string) => boolean = () => false,
): number {
  const facts = entry.facts ?? {};
  // The country alone is no evidence: the United States is named in most American stories, which
  // makes no "Paris" a Texan one. The story's country is weighed apart, with how well known each place is.
  // The continent counts only when the article names it whole: "America" is no witness for a state of "North America".
  const text = foldName([entry.description, facts.capital, facts.admin].filter(Boolean).join(' '));
  const own = foldName(entry.name);
  const region = facts.region ? foldName(facts.region) : '';
  const continent =
    region !== '' && articleNames.has(region) && !ignored(region) && !wholeWordsIn(text, region) ? 1 : 0;
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i <= text.length; i++) {
    const letterBefore = i > 0 && isLetter(text[i - 1] as string);
    const letterHere = i < text.length && isLetter(text[i] as string);
    if (!letterBefore) starts.push(i);
    if (!letterHere) ends.push(i);
  }
  const counts = (name: string) => name.length >= MIN_EVIDENCE_CHARS && name !== own && !ignored(name);
  if (articleNames.size <= starts.length * ends.length) {
    let score = 0;
    for (const name of articleNames) if (counts(name) && wholeWordsIn(text, name)) score++;
    return score + continent;
  }
  const seen = new Set<string>();
  for (const s of starts)
    for (const e of ends) {
      if (e - s < MIN_EVIDENCE_CHARS) continue;
      const stretch = text.slice(s, e);
      if (articleNames.has(stretch) && counts(stretch)) seen.add(stretch);
    }
  return seen.size + continent;
}

const isLetter = (char: string): boolean => /\p{L}/u.test(char);

/** Whether a name stands in a text as whole words: "Australia" in "southeastern Australia", not in "Australian". */
export function wholeWordsIn(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1))
    if (!isLetter(text[at - 1] ?? ' ') && !isLetter(text[at + name.length] ?? ' ')) return true;
  return false;
}
