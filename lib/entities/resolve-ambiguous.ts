/**
 * Settles a name the reference data knows in several senses from what the
 * article says, before giving up, in this order:
 * 1. the type the article gives the name (a dateline is a place), and the
 *    place a comma sets after it, which it lies in ("London, Ontario"); then a
 *    country's own name means the country, not its island or continent;
 * 2. the article's other names, where an entry's description or facts name
 *    them (Sydney with Australia; Washington the state with Olympia or Seattle),
 *    less those that cannot tell the entries apart (lib/entities/other-names);
 * 3. a verb of speech makes a body of a body or a place ("Toyota said"); a
 *    dateline is a city;
 * 4. the country of the dateline, then the story's first two; in it, a country's
 *    capital before a region of the same name (Washington in a story about US
 *    politics);
 * 5. last, prominence: a city of millions before namesakes it dwarfs, the
 *    sense Backstory's curated entries were written for before one of another
 *    type (Amazon, the company), the entry more sources know, then the larger
 *    city, marked as a likely reading rather than a sure one (Florida: the US state).
 * A tie at every step leaves the name ambiguous: a wrong card is worse than none.
 */
import type { Candidate } from '../detect/find-names';
import type { ReferenceEntry } from '../model';
import { foldName } from '../names/fold';
import type { ReferenceIndex } from '../reference/reference-index';
import type { Cluster } from './clusters';
import { containersOf, mayLieIn } from './containers';
import { cueOf } from './entity-type';
import { namedCountries, otherNames, type Witnesses } from './other-names';
import { bigCity, curatedSense, mostProminent, onlyCountry, standing } from './place-standing';
import { countryOf, storyCountries } from './story-country';

/** The story's countries, by votes, that may choose among places of about the same standing. */
const STORY_COUNTRIES = 2;

export function resolveAmbiguous(clusters: Cluster[], reference: ReferenceIndex): void {
  const open = clusters.filter((c) => !c.reference && c.ambiguous.length > 1);
  if (open.length === 0) return;
  const articleNames = new Set(
    clusters.flatMap((c) => c.candidates.filter((m) => m.cue !== 'TERM').map((m) => foldName(m.fullName ?? m.form))),
  );
  // "Seattle" in the article speaks for Washington the state: the regions the article's places lie in
  // (for a region only: a city in the same state as another is no evidence), with the places in each.
  const regions = new Map<string, Cluster[]>();
  for (const c of clusters) {
    const admin = c.reference?.facts?.admin;
    if (admin) regions.set(foldName(admin), [...(regions.get(foldName(admin)) ?? []), c]);
  }
  const countryOfName = namedCountries(reference);
  const byStart = new Map<number, Candidate>();
  for (const c of clusters) for (const m of c.candidates) byStart.set(m.start, m);
  const datelines = open.filter((c) => c.candidates.some((m) => m.dateline));
  // "Hamilton" after "Margaret Hamilton" is her surname, which coreference joins to her: not a city to choose.
  const surnames = surnamesOf(clusters, reference);
  const rest = open.filter((c) => !datelines.includes(c) && !surnames.has(c.key));
  for (const cluster of [...datelines, ...rest]) {
    const countries = [
      ...clusters.filter((c) => c.reference && c.candidates.some((m) => m.dateline)),
      // The story's second country too: an American story about Ukraine still means the American capital.
      ...storyCountries(clusters, reference).slice(0, STORY_COUNTRIES),
    ];
    const witnesses = otherNames(cluster, articleNames, regions, countryOfName);
    const within = containersOf(cluster, byStart, reference);
    const settled = settle(cluster, within, witnesses, countriesOf(countries, reference), reference);
    if (!settled) continue;
    cluster.reference = settled.entry;
    cluster.ambiguous = [];
    if (settled.likely) cluster.likely = true;
  }
}

function countriesOf(from: (Cluster | string | undefined)[], reference: ReferenceIndex): string[] {
  const out: string[] = [];
  for (const item of from) {
    const country =
      typeof item === 'string' ? item : item?.reference ? countryOf(item.reference, reference) : undefined;
    if (country && !out.includes(country)) out.push(country);
  }
  return out;
}

interface Settled {
  entry: ReferenceEntry;
  likely?: boolean;
}

function settle(
  cluster: Cluster,
  within: ReferenceEntry[][],
  witnesses: Witnesses,
  countries: string[],
  reference: ReferenceIndex,
): Settled | null {
  const isDateline = cluster.candidates.some((m) => m.dateline);
  let left = cluster.ambiguous;
  const cue = isDateline ? 'PLACE' : strongCue(cluster);
  if (cue) left = narrow(left, (e) => e.type === cue);
  for (const container of within) left = narrow(left, (e) => mayLieIn(e, container, reference));
  if (left.length === 1) return { entry: left[0] as ReferenceEntry };
  // "Australia": the country, not the continent, and "Taiwan" not the island, unless the article gives another type.
  const country = onlyCountry(left);
  if (country) return { entry: country };
  const scores = left.map((e) => witnesses.score(e));
  const top = Math.max(...scores);
  if (top > 0) {
    left = left.filter((_, i) => scores[i] === top);
    if (left.length === 1) return { entry: left[0] as ReferenceEntry };
  }
  // "Toyota said": a verb of speech is a body's or a person's; of a place and a body, the body speaks.
  if (speaksOnly(cluster) && !left.some((e) => e.type === 'PERSON')) left = narrow(left, (e) => e.type === 'ORG');
  if (left.length === 1) return { entry: left[0] as ReferenceEntry };
  if (isDateline) left = narrow(left, (e) => e.facts?.kind === 'city' || e.facts?.kind === 'capital');
  if (left.length === 1) return { entry: left[0] as ReferenceEntry };
  for (const country of countries) {
    const inCountry = left.filter((e) => countryOf(e, reference) === country);
    // A US story's "Paris" is still the French capital, not the Texas town: the story's country
    // chooses only among places of about the same standing.
    const outside = left.filter((e) => !inCountry.includes(e));
    if (inCountry.length === 0 || standing(inCountry) < standing(outside)) continue;
    left = inCountry;
    if (left.length === 1) return { entry: left[0] as ReferenceEntry };
    // The capital of the country the story is about, before a region of the same name in it.
    const capitals = left.filter((e) => e.facts?.kind === 'capital');
    if (capitals.length === 1 && left.every((e) => e === capitals[0] || e.facts?.kind === 'region'))
      return { entry: capitals[0] as ReferenceEntry };
    break;
  }
  // "New York", "São Paulo": a city of millions before the region named as it.
  const city = bigCity(left);
  if (city) return { entry: city, likely: true };
  const edited = curatedSense(left, cluster.candidates[0]?.fullName ?? cluster.candidates[0]?.form ?? '');
  if (edited) return { entry: edited, likely: true };
  // A guess needs the article to say at least what type of thing the name is ("in Florida").
  const prominent = mostProminent(left);
  return prominent && cueOf(cluster.candidates) === prominent.type ? { entry: prominent, likely: true } : null;
}

/** The last words of the article's full names that may be people's: "hamilton" of "Margaret Hamilton". */
function surnamesOf(clusters: Cluster[], reference: ReferenceIndex): Set<string> {
  const out = new Set<string>();
  for (const c of clusters) {
    const words = c.key.split(' ');
    if (words.length < 2 || (c.reference && c.reference.type !== 'PERSON')) continue;
    const cue = cueOf(c.candidates);
    const first = foldName(c.candidates[0]?.form.split(/[\s\u00A0]+/)[0] ?? '');
    // A person's name by the article's word or the data's: "Margaret Hamilton", not "Tourism Australia".
    if (cue === 'PERSON' || c.reference || (cue === null && reference.isGivenName(first)))
      out.add(words[words.length - 1] as string);
  }
  return out;
}

/** The entries that pass, or all of them when none does: a test that rules everything out says nothing. */
function narrow(entries: ReferenceEntry[], test: (e: ReferenceEntry) => boolean): ReferenceEntry[] {
  const kept = entries.filter(test);
  return kept.length > 0 && kept.length < entries.length ? kept : entries;
}

/** Every cue of the name is the hint of a verb of speech after it, and one is: "Toyota said". */
const speaksOnly = (cluster: Cluster): boolean =>
  cluster.candidates.some((m) => m.cue === 'PERSON') &&
  cluster.candidates.every((m) => !m.cue || (m.cue === 'PERSON' && m.weakCue));

/** A type the article states, not one a preposition alone suggests ("from Amal"). */
function strongCue(cluster: Cluster) {
  const cue = cueOf(cluster.candidates.filter((m) => !m.weakCue));
  return cue === 'TERM' ? null : cue;
}
