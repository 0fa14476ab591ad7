/**
 * Evidence from the article's other names for one of the reference entries
 * that share a name: Paris with Texas nearby is the Texas town; Georgia with
 * Tbilisi is the country. resolve-ambiguous weighs it with the other steps.
 */
import type { ReferenceEntry } from '../model';
import { foldName } from '../names/fold';

/** How many of the article's other names the entry's description and facts mention. */
export function evidence(entry: ReferenceEntry, articleNames: ReadonlySet<string>): number {
  const facts = entry.facts ?? {};
  // The country alone is no evidence: the United States is named in most American stories, which
  // makes no "Paris" a Texan one. The story's country is weighed apart, with how well known each place is.
  const text = foldName([entry.description, facts.region, facts.capital, facts.admin].filter(Boolean).join(' '));
  const own = foldName(entry.name);
  let score = 0;
  for (const name of articleNames) if (name.length >= 4 && name !== own && mentionsWord(text, name)) score++;
  return score;
}

/** Whether a name stands in a text as whole words: "Australia" in "southeastern Australia", not in "Australian". */
function mentionsWord(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1))
    if (!/\p{L}/u.test(text[at - 1] ?? ' ') && !/\p{L}/u.test(text[at + name.length] ?? ' ')) return true;
  return false;
}
