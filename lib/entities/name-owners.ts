/**
 * The full names of an article indexed by the parts a later mention may use:
 * a surname ("Boqaev"), a first name alone ("Lupita").
 */
import { foldName, nameWords } from '../names/fold';
import { translitKey } from '../names/translit-key';
import { type Cluster, clusterWords, longestForm } from './clusters';
import { cueOf } from './entity-type';

/** Longest partial name ("Fernández de Kirchner") that may join a fuller one. */
export const MAX_PARTIAL_WORDS = 3;

export interface Owners {
  /** Full names by each of their endings of up to three words: "boqaev", "de moraes". */
  bySuffix: Map<string, Cluster[]>;
  /** Names of known people by each of their words, for a first name used alone. */
  byWord: Map<string, Cluster[]>;
}

/**
 * Indexes the full names once, so that each partial name finds the names it
 * could belong to in one lookup rather than by comparing against every name.
 */
export function indexOwners(seeds: Cluster[], isFirstName: (folded: string) => boolean): Owners {
  const bySuffix = new Map<string, Cluster[]>();
  const byWord = new Map<string, Cluster[]>();
  const add = (map: Map<string, Cluster[]>, key: string, seed: Cluster) => {
    const list = map.get(key);
    if (!list) map.set(key, [seed]);
    else if (!list.includes(seed)) list.push(seed);
  };
  for (const seed of seeds) {
    const spellings = [seed.key.split(' ')];
    if (seed.reference) spellings.push(nameWords(seed.reference.name).map(translitKey));
    for (const words of spellings) {
      for (let n = 1; n < words.length && n <= MAX_PARTIAL_WORDS; n++) add(bySuffix, words.slice(-n).join(' '), seed);
    }
    const isPerson = seed.reference?.type === 'PERSON' || cueOf(seed.candidates) === 'PERSON';
    if (isPerson) for (const word of clusterWords(seed)) add(byWord, word, seed);
    // "Lupita" after "Lupita Nyong'o": a first name alone joins the one full name it begins.
    else if (!seed.reference && isFirstName(foldName(nameWords(longestForm(seed))[0] ?? '')))
      add(byWord, seed.key.split(' ')[0] as string, seed);
  }
  return { bySuffix, byWord };
}

/** "Mohammed" beside Mohammed bin Salman is a first name here, not the prophet the data knows by it. */
export function isFirstNameHere(cluster: Cluster, owners: Owners): boolean {
  if (cluster.reference?.type !== 'PERSON') return false;
  const name = cluster.reference.name;
  return (owners.byWord.get(cluster.key) ?? []).some(
    (o) => o !== cluster && o.key.split(' ')[0] === cluster.key && o.reference?.name !== name,
  );
}
