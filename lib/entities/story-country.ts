/**
 * The country a story is about, as its resolved places say it: each mention
 * of a country, or of a place in one, is a vote. The dateline's country
 * counts on its own, first.
 */
import type { ReferenceEntry } from '../model';
import type { ReferenceIndex } from '../reference/reference-index';
import type { Cluster } from './clusters';

/** The country an entry is or lies in, by the name the reference data gives that country; null for none. */
export function countryOf(entry: ReferenceEntry, reference: ReferenceIndex): string | null {
  if (entry.type !== 'PLACE') return null;
  if (entry.facts?.kind === 'country') return entry.name;
  const written = entry.facts?.country;
  if (!written) return null;
  // Sources write a country differently ("United States of America"); the country's own entry names it once.
  const found = reference.lookup(written);
  return found?.type === 'PLACE' && found.facts?.kind === 'country' ? found.name : written;
}

/** Countries by the votes of the article's resolved places, most first; ties keep the order of first mention. */
export function storyCountries(clusters: Cluster[], reference: ReferenceIndex): string[] {
  const votes = new Map<string, number>();
  for (const cluster of clusters) {
    const country = cluster.reference ? countryOf(cluster.reference, reference) : null;
    if (country && !cluster.likely) votes.set(country, (votes.get(country) ?? 0) + cluster.candidates.length);
  }
  return [...votes.entries()].sort((a, b) => b[1] - a[1]).map(([country]) => country);
}
