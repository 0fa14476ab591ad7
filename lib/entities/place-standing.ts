/**
 * How well known each of the places a name could mean is, for the last
 * steps of settling it: a country's name means the country, a city of
 * millions comes before the region named as it, and otherwise the entry more
 * sources know, then the larger city.
 */
import type { ReferenceEntry } from '../model';
import { foldName } from '../names/fold';

/**
 * "New York", "São Paulo": the one city of millions among places of one name. Other cities of the name may stand
 * beside it only when it dwarfs them: London, not the Ontario city a twentieth its size.
 */
export function bigCity(entries: ReferenceEntry[]): ReferenceEntry | null {
  const people = (e: ReferenceEntry) => e.facts?.population ?? 0;
  const cities = entries.filter(isCity);
  const big = cities.filter((e) => people(e) >= BIG_CITY);
  const only = big[0];
  if (big.length !== 1 || !only || !entries.every((e) => e.type === 'PLACE')) return null;
  return cities.every((e) => e === only || people(e) * DWARFS <= people(only)) ? only : null;
}

/**
 * "Amazon" with nothing in the article to say what it is: the company Backstory's curated entries were written
 * for, not the river, when the one curated entry is the only one of its type and goes by the name itself. A short
 * name the entry was given ("Toyota" of Toyota Motor Corporation) leaves the article to say which is meant.
 */
export function curatedSense(entries: ReferenceEntry[], name: string): ReferenceEntry | null {
  const curated = entries.filter((e) => e.curated);
  const only = curated[0];
  if (curated.length !== 1 || !only || foldName(only.name) !== foldName(name)) return null;
  return entries.every((e) => e === only || e.type !== only.type) ? only : null;
}

/**
 * The entry more sources know, then the city with more people. Only a clear
 * winner counts; entries no source ranks above one another stay ambiguous.
 */
export function mostProminent(entries: ReferenceEntry[]): ReferenceEntry | null {
  const rank = (e: ReferenceEntry) => e.sourceCount ?? 1;
  const best = Math.max(...entries.map(rank));
  const top = entries.filter((e) => rank(e) === best);
  if (top.length === 1) return top[0] as ReferenceEntry;
  const people = top.map((e) => e.facts?.population ?? 0);
  const most = Math.max(...people);
  const largest = top.filter((_, i) => people[i] === most);
  return most > 0 && largest.length === 1 ? (largest[0] as ReferenceEntry) : null;
}

/** People in a city that names it before the region of the same name. */
const BIG_CITY = 1_000_000;
/** How many times larger than every other city of its name a city of millions must be to be the one meant. */
const DWARFS = 10;

const isCity = (e: ReferenceEntry) => e.facts?.kind === 'city' || e.facts?.kind === 'capital';

/** Whether the best of some entries is known the world over: a country, a capital, a city of millions. */
export function standing(entries: ReferenceEntry[]): number {
  const famous = (e: ReferenceEntry) =>
    e.facts?.kind === 'country' || e.facts?.kind === 'capital' || (e.facts?.population ?? 0) >= BIG_CITY;
  return entries.some(famous) ? 2 : 1;
}

/**
 * A name that is one country's and otherwise only other kinds of place
 * without a capital of their own ("Australia", the continent; "New Zealand",
 * its islands) means the country.
 */
export function onlyCountry(entries: ReferenceEntry[]): ReferenceEntry | null {
  const countries = entries.filter((e) => e.facts?.kind === 'country');
  const others = entries.filter((e) => !countries.includes(e));
  const only = countries[0];
  if (countries.length !== 1 || !only) return null;
  return others.every((e) => e.type === 'PLACE' && !e.facts?.capital && e.facts?.kind !== 'capital') ? only : null;
}
