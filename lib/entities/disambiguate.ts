/**
 * Tells apart reference entries that share a name by the article's other
 * names: Paris with France nearby is the French capital; Georgia with Tbilisi
 * or the Caucasus is the country. Without such evidence the name stays
 * ambiguous rather than guessed.
 */
import type { ReferenceEntry } from '../model';
import { foldName } from '../names/fold';

export function chooseByContext(
  candidates: ReferenceEntry[],
  articleNames: ReadonlySet<string>,
): ReferenceEntry | null {
  const scored = candidates.map((entry) => ({ entry, score: evidence(entry, articleNames) }));
  const top = Math.max(...scored.map((s) => s.score));
  if (top <= 0) return onlyCountry(candidates);
  const best = scored.filter((s) => s.score === top).map((s) => s.entry);
  return best.length === 1 ? (best[0] as ReferenceEntry) : (onlyCountry(best) ?? sameThing(best));
}

/**
 * Entries of one name and type from different sources, none placing it in
 * another country, describe one thing: the country in WordNet and in the
 * countries file.
 */
function sameThing(entries: ReferenceEntry[]): ReferenceEntry | null {
  const [first, ...rest] = entries as [ReferenceEntry, ...ReferenceEntry[]];
  const countries = new Set(entries.map((e) => e.facts?.country).filter(Boolean));
  if (countries.size > 1 || rest.some((e) => e.name !== first.name || e.type !== first.type)) return null;
  const facts = Object.assign({}, ...entries.map((e) => e.facts ?? {}).reverse());
  return { ...first, facts, sourceLabel: [...new Set(entries.map((e) => e.sourceLabel))].join('; ') };
}

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

/**
 * With no evidence either way, a name that is a sovereign country's and
 * otherwise only a former state's or a namesake's ("Russia": the Federation,
 * the Empire) means the country.
 */
function onlyCountry(entries: ReferenceEntry[]): ReferenceEntry | null {
  const isCountry = (e: ReferenceEntry) => e.type === 'PLACE' && !!e.facts?.capital && !e.facts.country;
  const countries = entries.filter(isCountry);
  const others = entries.filter((e) => !isCountry(e));
  const country = countries[0];
  if (countries.length !== 1 || !country || others.some((e) => e.type !== 'PLACE' || e.facts?.capital)) return null;
  return country;
}
