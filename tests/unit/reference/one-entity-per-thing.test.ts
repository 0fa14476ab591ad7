/**
 * One entry per thing: no name the pack answers to is ambiguous between two
 * entries for the same thing (Seattle from GeoNames and from WordNet,
 * California from the curated file and the region list, Georgia in WordNet
 * and in the countries file).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countryOf } from '../../../lib/entities/story-country';
import type { ReferenceEntry } from '../../../lib/model';
import { foldName } from '../../../lib/names/fold';
import { PACK_PATH, type PackFile, type PackRecord } from '../../../lib/reference/pack-format';
import { packIndex } from '../../../lib/reference/pack-index';
import { loadReference } from '../../../scripts/lib/load-reference';
import { indexRecords } from '../../../scripts/pack/index-records';
import { mergeRecords } from '../../../scripts/pack/merge-records';

const reference = loadReference();
const pack = JSON.parse(readFileSync(resolve('public', PACK_PATH), 'utf8')) as PackFile;

/**
 * Two entries are the same thing when they are places of one name and type,
 * in the same country, of the same kind (a city and a capital are both
 * cities), from different sources, not in two different regions, and not two
 * cities that each have their own count of people (two towns of one name).
 */
function sameThing(a: ReferenceEntry, b: ReferenceEntry): boolean {
  if (a.type !== 'PLACE' || b.type !== 'PLACE' || foldName(a.name) !== foldName(b.name)) return false;
  const kind = (e: ReferenceEntry) => (e.facts?.kind === 'capital' ? 'city' : (e.facts?.kind ?? '?'));
  if (kind(a) !== kind(b) || kind(a) === 'other') return false;
  // Two countries are one only by their code: the two Congos, and ancient and modern Israel, are two.
  if (kind(a) === 'country') return !!a.facts?.code && a.facts.code === b.facts?.code;
  // One source lists two things of one name as two: WordNet's towns of Bangor in Wales and in Ulster.
  if (a.sourceLabel === b.sourceLabel && !a.sourceLabel.includes(';')) return false;
  if (countryOf(a, reference) !== countryOf(b, reference)) return false;
  if (a.facts?.admin && b.facts?.admin && a.facts.admin !== b.facts.admin) return false;
  return !(a.facts?.population && b.facts?.population);
}

describe('one entity per thing in the shipped pack', () => {
  it('reports no name as ambiguous between two entries for the same place', () => {
    const doubles: string[] = [];
    for (const name of pack.exact.split('\n').map((line) => line.slice(0, line.indexOf('\t')))) {
      const found = reference.match(name);
      const all = found?.ambiguous ?? [];
      for (let i = 0; i < all.length; i++)
        for (let j = i + 1; j < all.length; j++)
          if (sameThing(all[i] as ReferenceEntry, all[j] as ReferenceEntry)) doubles.push(name);
    }
    expect(doubles).toEqual([]);
  });

  it.each(['Seattle', 'California', 'Kazakhstan', 'Atyrau'])('knows %s as one entry', (name) => {
    const found = reference.match(name);
    expect(found?.ambiguous).toEqual([]);
    expect(found?.entry?.name).toBe(name);
  });

  it('merges a country known to WordNet and to the countries file by its code', () => {
    const georgias = reference.match('Georgia')?.ambiguous ?? [];
    const countries = georgias.filter((e) => e.facts?.kind === 'country');
    expect(countries).toHaveLength(1);
    expect(countries[0]?.facts).toMatchObject({ code: 'GE', capital: 'Tbilisi' });
  });

  it('keeps the capital and the state of Washington apart, each with its own description', () => {
    const kinds = (reference.match('Washington')?.ambiguous ?? []).map((e) => e.facts?.kind).sort();
    expect(kinds).toEqual(['capital', 'region']);
  });
});

const rec = (name: string, source: number, extra: Partial<PackRecord> = {}): PackRecord => ({
  name,
  type: 'PLACE',
  description: `${name}.`,
  sources: [source],
  aliases: [],
  ...extra,
});
const SOURCES = [0, 1, 2, 3].map((i) => ({ label: `S${i}`, licence: 'L', url: 'https://example.org/' }));

describe('merging records from several sources', () => {
  const merged = (groups: PackRecord[][]) => mergeRecords(groups, new Set([1, 2]));

  it('merges places only when kind, country and region agree', () => {
    const records = merged([
      [rec('Washington', 0, { description: 'U.S. state.', facts: { country: 'US', kind: 'region' } })],
      [rec('Washington', 1, { description: 'City in US.', facts: { country: 'US', kind: 'capital', population: 9 } })],
      [
        rec('Washington', 3, { description: 'The capital.', facts: { country: 'US', kind: 'capital' } }),
        rec('Washington', 3, { description: 'A state.', facts: { country: 'US', kind: 'region' } }),
        rec('Portland', 3, { description: 'In Maine.', facts: { country: 'US', kind: 'city', admin: 'Maine' } }),
      ],
      [rec('Portland', 1, { description: 'City.', facts: { country: 'US', kind: 'city', admin: 'Oregon' } })],
    ]);
    expect(merged.length).toBeGreaterThan(0);
    const washington = records.filter((r) => r.name === 'Washington').map((r) => [r.description, r.facts?.kind]);
    expect(washington).toEqual([
      ['U.S. state.', 'region'],
      ['The capital.', 'capital'],
    ]);
    expect(records.filter((r) => r.name === 'Portland')).toHaveLength(2);
  });

  it('absorbs a province only the region list knows into the city named as it', () => {
    const records = merged([
      [rec('Adana', 1, { description: 'City in Turkey.', facts: { country: 'TR', kind: 'city', population: 9 } })],
      [rec('Adana', 2, { description: 'Region of Turkey.', facts: { country: 'TR', kind: 'region' } })],
    ]);
    expect(records).toHaveLength(1);
    expect(records[0]?.facts?.kind).toBe('city');
  });

  it('merges organisations by a full name or a close expansion, not by an acronym alone', () => {
    const org = (name: string, source: number, aliases: string[]): PackRecord => ({
      ...rec(name, source, { aliases }),
      type: 'ORG',
    });
    const records = merged([
      [
        org('International Criminal Court', 0, ['ICC']),
        org('OPEC', 0, ['Organization of the Petroleum Exporting Countries']),
      ],
      [
        org('Interstate Commerce Commission', 3, ['ICC']),
        org('Organization of Petroleum-Exporting Countries', 3, ['OPEC']),
      ],
    ]);
    expect(records.map((r) => r.name).sort()).toEqual([
      'International Criminal Court',
      'Interstate Commerce Commission',
      'OPEC',
    ]);
  });

  it('ranks every source’s own name as a name, not an alias', () => {
    const records = merged([
      [rec('New York City', 1, { facts: { country: 'US', kind: 'city', population: 9 } })],
      [rec('New York', 3, { aliases: ['New York City'], facts: { country: 'US', kind: 'city' } })],
      [rec('New York', 3, { description: 'A state.', facts: { country: 'US', kind: 'region' } })],
    ]);
    const index = packIndex(indexRecords(records, SOURCES));
    expect(
      index
        .match('New York')
        ?.ambiguous.map((e) => e.name)
        .sort(),
    ).toEqual(['New York', 'New York City']);
  });
});
