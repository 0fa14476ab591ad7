/**
 * First names from many countries, from the locale data of @faker-js/faker
 * (MIT): names in Latin script as they are, Cyrillic ones romanised with
 * any-ascii. Names that are also ordinary English words ("Grace", "Will") or
 * other known places and bodies are left out, so that a first name never
 * overrides what a word means.
 */
import { allLocales } from '@faker-js/faker';
import anyAscii from 'any-ascii';
import { foldName } from '../../lib/names/fold';

const LATIN = /^[\p{Script=Latin}'’-]+$/u;
const CYRILLIC = /^[\p{Script=Cyrillic}'’-]+$/u;

/** Each first name of the locale data, folded, with the languages ("en", "fr") whose lists give it. */
export function localeNameLanguages(): Map<string, Set<string>> {
  const names = new Map<string, Set<string>>();
  for (const [id, locale] of Object.entries(allLocales)) {
    const language = id.split('_')[0] as string;
    const lists = (locale as { person?: { first_name?: Record<string, string[]> } }).person?.first_name;
    for (const list of Object.values(lists ?? {})) {
      for (const name of list) {
        const latin = LATIN.test(name) ? name : CYRILLIC.test(name) ? anyAscii(name) : null;
        const folded = latin ? foldName(latin) : '';
        if (!/^[a-z][a-z'-]{2,}$/.test(folded)) continue;
        const languages = names.get(folded) ?? new Set<string>();
        languages.add(language);
        names.set(folded, languages);
      }
    }
  }
  return names;
}

export function localeGivenNames(excluded: Set<string>, languages = localeNameLanguages()): string[] {
  return [...languages.keys()].filter((name) => !excluded.has(name));
}

/**
 * Languages whose name lists must give a word as a first name before the word counts as one: one list alone
 * holds "King", "Judge" and "General" (English) or "Virgin" (Czech).
 */
export const MIN_NAME_LANGUAGES = 2;

/**
 * Whether a would-be first name is rather a title or an epithet: a word WordNet writes in lower case as a noun
 * or an adjective ("duke", "mother", "great"), which fewer than MIN_NAME_LANGUAGES name lists give as a first
 * name. "Frank", "Henry" and "Iris" are words too, but name lists of many languages give them.
 */
export function isTitleOrEpithet(
  name: string,
  words: ReadonlySet<string>,
  languages: Map<string, Set<string>>,
): boolean {
  return words.has(name) && (languages.get(name)?.size ?? 0) < MIN_NAME_LANGUAGES;
}
