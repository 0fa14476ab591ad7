/**
 * One identity per country across the pack's sources: every name a source
 * writes for a country ("United States of America", "U.S.", "Sakartvelo")
 * maps to its ISO 3166-1 code, and each code to one name that every record
 * of the main pack uses, so that "Florida, United States" from two sources is
 * seen as one place.
 */
import { foldName } from '../../lib/names/fold';

export interface CountryCodes {
  codeOf(name: string): string | undefined;
  /** The one name the main pack writes for the country. */
  nameOf(code: string): string | undefined;
  /** Every name the country goes by. */
  namesOf(code: string): string[];
}

/**
 * `names` lists each code's names, the name to write first (i18n-iso-countries'
 * English names); `more` adds spellings only used to recognise a country.
 */
export function countryCodes(names: Record<string, string[]>, more: [string, string[]][] = []): CountryCodes {
  const byName = new Map<string, string>();
  const all = new Map<string, Set<string>>();
  const ambiguous = new Set<string>();
  const add = (code: string, name: string) => {
    const key = foldName(name);
    all.set(code, (all.get(code) ?? new Set()).add(name));
    const known = byName.get(key);
    if (known && known !== code) ambiguous.add(key);
    else byName.set(key, code);
  };
  for (const [code, list] of Object.entries(names)) for (const name of list) add(code, name);
  for (const [code, list] of more) for (const name of list) if (name.length > 2) add(code, name);
  // A name two countries answer to ("Congo") identifies neither.
  for (const key of ambiguous) byName.delete(key);
  return {
    codeOf: (name) => byName.get(foldName(name)),
    nameOf: (code) => names[code]?.[0],
    namesOf: (code) => [...(all.get(code) ?? [])],
  };
}
