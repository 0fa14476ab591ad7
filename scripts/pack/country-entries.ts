/** Pack records for the world's countries, from world-countries (ODbL). */
import type { PackRecord } from '../../lib/reference/pack-format';

export interface CountryData {
  name: { common: string; official: string; native?: Record<string, { common: string; official: string }> };
  cca2: string;
  altSpellings: string[];
  capital: string[];
  region: string;
  subregion: string;
  demonyms?: { eng?: { m: string; f: string } };
  translations?: Record<string, { common: string; official: string }>;
  independent?: boolean;
}

/** Two-letter spellings kept as names; other two-letter codes ("IN", "TO") are words. */
const SHORT_NAMES = new Set(['US', 'UK']);

export function countryRecords(countries: CountryData[], source: number): PackRecord[] {
  return countries.map((c) => {
    const region = c.subregion || c.region;
    const capital = c.capital[0];
    const demonym = c.demonyms?.eng?.m;
    const aliases = new Set<string>([
      c.name.official,
      ...c.altSpellings.filter((a) => a.length > 2 || SHORT_NAMES.has(a)),
    ]);
    for (const native of Object.values(c.name.native ?? {})) aliases.add(native.common);
    const russian = c.translations?.rus?.common;
    if (russian) aliases.add(russian);
    aliases.delete(c.name.common);
    const kind = c.independent === false ? 'Territory' : 'Country';
    const description = `${kind} in ${region}${capital ? `; capital ${capital}` : ''}.`;
    const record: PackRecord = {
      name: c.name.common,
      type: 'PLACE',
      description,
      sources: [source],
      aliases: [...aliases].sort(),
    };
    record.facts = {
      region,
      kind: 'country',
      code: c.cca2,
      ...(capital ? { capital } : {}),
      ...(demonym ? { demonym } : {}),
    };
    return record;
  });
}
