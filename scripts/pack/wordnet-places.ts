/**
 * What WordNet says about where a named place is: its kind from the synsets
 * above it ("national capital", "American state", "Asian country") and its
 * country and first-level region from the wholes it is part of (Seattle is
 * part of Washington, which is part of the United States).
 */
import type { PlaceFacts, PlaceKind } from '../../lib/model';
import type { CountryCodes } from './country-codes';
import type { Synset } from './read-wordnet';
import type { WordnetGraph } from './wordnet-graph';

export interface WordnetPlaces {
  factsOf(synset: Synset): PlaceFacts;
}

/** `places` are the named places (instances) WordNet has. */
export function wordnetPlaces(places: Synset[], graph: WordnetGraph, codes: CountryCodes): WordnetPlaces {
  const countries = countrySynsets(places, graph, codes);
  const kindOf = (synset: Synset): PlaceKind => {
    const kinds = graph.kindsOf(synset);
    if (kinds.has('country')) return 'country';
    if (kinds.has('national capital')) return 'capital';
    if (kinds.has('city') || kinds.has('town')) return 'city';
    if (kinds.has('state') || kinds.has('province')) return 'region';
    return 'other';
  };
  return {
    factsOf(synset) {
      const kind = kindOf(synset);
      const code = countries.get(synset.offset);
      if (kind === 'country') return code ? { kind, code } : { kind };
      const facts: PlaceFacts = { kind };
      for (const whole of graph.wholesOf(synset)) {
        const country = countries.get(whole.offset);
        if (country) {
          const name = codes.nameOf(country);
          if (name) facts.country = name;
          break;
        }
        if (!facts.admin && kindOf(whole) === 'region') facts.admin = whole.words[0] as string;
      }
      return facts;
    },
  };
}

/**
 * The synset of each country of today: a country whose words name an ISO
 * country. Where two do (Russia the Federation and Russia the Soviet
 * republic), the one with more of the country's names is it.
 */
function countrySynsets(places: Synset[], graph: WordnetGraph, codes: CountryCodes): Map<string, string> {
  const best = new Map<string, { synset: Synset; score: number }>();
  for (const synset of places) {
    if (!graph.kindsOf(synset).has('country')) continue;
    const found = synset.words.map((w) => codes.codeOf(w)).filter((c): c is string => !!c);
    const code = found[0];
    if (!code || found.some((c) => c !== code)) continue;
    const score = found.length + (codes.codeOf(synset.words[0] as string) === code ? 1 : 0);
    const known = best.get(code);
    if (!known || score > known.score) best.set(code, { synset, score });
  }
  return new Map([...best].map(([code, { synset }]) => [synset.offset, code]));
}
