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

export function localeGivenNames(excluded: Set<string>): string[] {
  const names = new Set<string>();
  for (const locale of Object.values(allLocales)) {
    const lists = (locale as { person?: { first_name?: Record<string, string[]> } }).person?.first_name;
    for (const list of Object.values(lists ?? {})) {
      for (const name of list) {
        const latin = LATIN.test(name) ? name : CYRILLIC.test(name) ? anyAscii(name) : null;
        const folded = latin ? foldName(latin) : '';
        if (/^[a-z][a-z'-]{2,}$/.test(folded) && !excluded.has(folded)) names.add(folded);
      }
    }
  }
  return [...names];
}
