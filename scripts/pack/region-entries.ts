/**
 * Pack records for the first-level regions of every country (provinces,
 * states, oblasts), from country-region-data (MIT), which follows ISO 3166-2.
 */
import type { PackRecord } from '../../lib/reference/pack-format';

export interface CountryRegions {
  countryShortCode: string;
  regions: { name: string; shortCode?: string }[];
}

/** Words of the kind of region, which news reports often leave out: "Gyeonggi-do" is "Gyeonggi". */
const KIND =
  /(?:[- ](?:do|province|region|oblast|governorate|prefecture|state|county|district|department|territory|voivodeship))$/i;

/**
 * A region named by ordinary words only ("Central", "Unity", "Western") is left
 * out unless it is a known place: such words mean something else far more often.
 */
export function regionRecords(
  data: CountryRegions[],
  countryOf: (code: string) => string | undefined,
  isGeneric: (name: string) => boolean,
  source: number,
): PackRecord[] {
  const records: PackRecord[] = [];
  for (const entry of data) {
    const country = countryOf(entry.countryShortCode);
    if (!country) continue;
    for (const { name } of entry.regions) {
      const short = name.replace(KIND, '').trim();
      // "Niue" of Niue is the country itself, which the countries file describes.
      if (isGeneric(short) || /\d/.test(name) || name === country) continue;
      records.push({
        name,
        type: 'PLACE',
        description: `Region of ${country}.`,
        sources: [source],
        aliases: short !== name && short.length >= 4 ? [short] : [],
        facts: { country, kind: 'region' },
      });
    }
  }
  return records;
}

/**
 * The region a GeoNames admin code names, where GeoNames and ISO 3166-2 use
 * the same letters (the states of the United States); numeric codes differ
 * between the two and name nothing here.
 */
export function regionByCode(data: CountryRegions[]): (country: string, adminCode: string) => string | undefined {
  const byCode = new Map<string, string>();
  for (const entry of data)
    for (const region of entry.regions)
      if (region.shortCode && /^[A-Z]{2,3}$/.test(region.shortCode))
        byCode.set(`${entry.countryShortCode}:${region.shortCode}`, region.name);
  return (country, adminCode) => (/^[A-Z]{2,3}$/.test(adminCode) ? byCode.get(`${country}:${adminCode}`) : undefined);
}
