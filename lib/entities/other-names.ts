/**
 * The article's other names as witnesses for the entries one ambiguous name
 * may mean, less those that say nothing about which is meant: a country by any
 * of its names, for a place ("U.S." for a "U.S. state" or for a colony that
 * "formed the United States", which every American story names; the story's
 * country is weighed apart, with how well known each place is, while for a body
 * its country is what tells one Senate from another), and a place that holds
 * the name itself ("New York City" lies in New York the state, but speaks for
 * the state no more than "New York" does).
 */
import type { ReferenceEntry } from '../model';
import { foldName } from '../names/fold';
import type { ReferenceIndex } from '../reference/reference-index';
import type { Cluster } from './clusters';
import { evidence, wholeWordsIn } from './disambiguate';
import { countryOf } from './story-country';

export interface Witnesses {
  /** How many of the article's other names speak for the entry. */
  score(entry: ReferenceEntry): number;
}

/**
 * @param regions the first-level regions the article's resolved places lie in, each with those places: "Seattle"
 *   speaks for Washington the state.
 */
export function otherNames(
  cluster: Cluster,
  articleNames: ReadonlySet<string>,
  regions: ReadonlyMap<string, Cluster[]>,
  countryOfName: (name: string) => string | null,
): Witnesses {
  const own = [...new Set(cluster.candidates.map((m) => foldName(m.fullName ?? m.form)))];
  const holdsOwn = (name: string) => own.some((o) => wholeWordsIn(name, o));
  const namedApart = (c: Cluster) =>
    c !== cluster && !c.candidates.some((m) => holdsOwn(foldName(m.fullName ?? m.form)));
  return {
    score(entry) {
      // Nor is the name itself a witness: "Toyota" in "based in Toyota City" speaks for no sense of "Toyota".
      const ignored = (name: string) => own.includes(name) || (entry.type === 'PLACE' && countryOfName(name) !== null);
      // A place in New York the state speaks for New York City as much, when the city lies in the state.
      const inside = cluster.ambiguous.some(
        (o) => o !== entry && foldName(o.facts?.admin ?? '') === foldName(entry.name),
      );
      const places = entry.facts?.kind === 'region' && !inside ? (regions.get(foldName(entry.name)) ?? []) : [];
      return evidence(entry, articleNames, ignored) + (places.some(namedApart) ? 1 : 0);
    },
  };
}

/**
 * The country a folded name of the article surely stands for ("u.s."), looked up once per name, in the folded tier
 * alone: a page may name thousands of things, and a transliteration key for each would cost more than the rest.
 */
export function namedCountries(reference: ReferenceIndex): (name: string) => string | null {
  const cache = new Map<string, string | null>();
  return (name) => {
    let country = cache.get(name);
    if (country === undefined) {
      const entries = reference.entriesAt(name, 'folded');
      const entry = entries.length === 1 ? entries[0] : undefined;
      country = entry?.facts?.kind === 'country' ? countryOf(entry, reference) : null;
      cache.set(name, country);
    }
    return country;
  };
}
