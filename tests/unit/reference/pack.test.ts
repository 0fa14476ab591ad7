import { describe, expect, it } from 'vitest';
import { evidence } from '../../../lib/entities/disambiguate';
import { combineIndexes } from '../../../lib/reference/combine-indexes';
import { parsePack } from '../../../lib/reference/load-pack';
import type { PackRecord, PackSource } from '../../../lib/reference/pack-format';
import { packIndex } from '../../../lib/reference/pack-index';
import { indexRecords } from '../../../scripts/pack/index-records';
import { mergeRecords } from '../../../scripts/pack/merge-records';

const SOURCES: PackSource[] = [
  { label: 'Curated', licence: 'CC0', url: 'https://example.org/a' },
  { label: 'Cities', licence: 'CC BY', url: 'https://example.org/b' },
  { label: 'Glosses', licence: 'WN', url: 'https://example.org/c' },
];
const rec = (
  name: string,
  type: PackRecord['type'],
  description: string,
  source: number,
  extra: Partial<PackRecord> = {},
): PackRecord => ({
  name,
  type,
  description,
  sources: [source],
  aliases: [],
  ...extra,
});

const cities = [
  rec('Paris', 'PLACE', 'City in France.', 1, { facts: { country: 'France', population: 2138551 } }),
  rec('Atyrau', 'PLACE', 'City in Kazakhstan.', 1, {
    facts: { country: 'Kazakhstan', population: 180000 },
    aliases: ['Guryev'],
  }),
];
const glosses = [
  rec('Paris', 'PLACE', 'The capital and largest city of France.', 2),
  rec('Paris', 'PLACE', 'A town in northeastern Texas.', 2),
  rec('Paris', 'PERSON', 'The prince of Troy.', 2),
  rec('clemency', 'TERM', 'Leniency shown toward offenders.', 2, { detectable: true }),
];
const curated = [
  rec('Nursultan Nazarbayev', 'PERSON', 'First President of Kazakhstan.', 0, { aliases: ['Nazarbaev'] }),
];

const build = () => indexRecords(mergeRecords([curated, cities, glosses], new Set([1])), SOURCES);

describe('the knowledge pack', () => {
  it('gives the same bytes for the same inputs', () => {
    expect(JSON.stringify(build())).toBe(JSON.stringify(build()));
  });

  it('merges a city with the gloss that names its country, and keeps namesakes apart', () => {
    const index = packIndex(build());
    const paris = index.match('Paris');
    expect(paris?.entry).toBeNull();
    const descriptions = paris?.ambiguous.map((e) => e.description).sort();
    expect(descriptions).toEqual([
      'A town in northeastern Texas.',
      'The capital and largest city of France.',
      'The prince of Troy.',
    ]);
    const france = paris?.ambiguous.find((e) => e.description.includes('France'));
    expect(france?.facts).toMatchObject({ country: 'France', population: 2138551 });
    expect(france?.sourceLabel).toBe('Cities (CC BY); Glosses (WN)');
  });

  it('finds names by alias, folded case and transliteration key, and says which tier matched', () => {
    const index = packIndex(build());
    expect(index.match('Guryev')?.entry?.name).toBe('Atyrau');
    expect(index.match('ATYRAU')).toMatchObject({ tier: 'folded', entry: { name: 'Atyrau' } });
    expect(index.match('Nazarbayev')).toMatchObject({ tier: 'key', entry: { name: 'Nursultan Nazarbayev' } });
    expect(index.match('Назарбаев')?.entry?.name).toBe('Nursultan Nazarbayev');
    expect(index.isTerm('clemency')).toBe(true);
    expect(index.match('Klemency')).toBeNull();
  });

  it('finds evidence for a namesake in the article’s other names, as whole words only', () => {
    const ambiguous = packIndex(build()).match('Paris')?.ambiguous ?? [];
    const best = (names: string[]) => {
      const scores = ambiguous.map((e) => evidence(e, new Set(names)));
      return scores.filter((s) => s === Math.max(...scores)).length === 1 && Math.max(...scores) > 0
        ? ambiguous[scores.indexOf(Math.max(...scores))]?.description
        : null;
    };
    expect(best(['france'])).toMatch(/France/);
    expect(best(['texas'])).toMatch(/Texas/);
    expect(best(['troy'])).toMatch(/Troy/);
    expect(best(['london', 'fran'])).toBeNull();
  });

  it('answers as one with a peer pack, merging one thing known to both', () => {
    const countries = indexRecords(
      [rec('Kazakhstan', 'PLACE', 'Country in Central Asia.', 0, { facts: { capital: 'Astana' } })],
      SOURCES,
    );
    const main = indexRecords([rec('Kazakhstan', 'PLACE', 'A landlocked republic.', 2)], SOURCES);
    const both = combineIndexes([packIndex(main), packIndex(countries)]);
    expect(both.lookup('Kazakhstan')).toMatchObject({
      description: 'A landlocked republic.',
      facts: { capital: 'Astana' },
    });
  });

  it('finds person-name words by binary search over one sorted text', () => {
    const words = ['aiko', 'lina', 'njoroge', 'sabbagh', 'tanvir', 'zhou'];
    const index = packIndex({ ...build(), nameWords: words.join('\n') });
    for (const word of words) expect(index.isPersonNameWord(word), word).toBe(true);
    for (const word of ['', 'ai', 'court', 'linas', 'zzz', 'a\nb'])
      expect(index.isPersonNameWord(word), word).toBe(false);
  });

  it('refuses a broken pack with a clear error', () => {
    expect(() => parsePack('{"format": 1, "entr')).toThrow(/knowledge pack: not valid JSON/);
    expect(() => parsePack('{"format": 9}')).toThrow(/knowledge pack: unknown format/);
    expect(() => parsePack(JSON.stringify({ ...build(), folded: ['a'] }))).toThrow(/knowledge pack: unknown format/);
    expect(() => parsePack(JSON.stringify(build()), 'knowledge pack', '{"nameWords": "ai')).toThrow(
      /pack word lists: not valid JSON/,
    );
  });

  it('takes the word lists from their own file, and nothing else from it', () => {
    const words = JSON.stringify({ nameWords: 'njoroge\nzhou', entries: [], format: 9 });
    const index = parsePack(JSON.stringify(build()), 'knowledge pack', words);
    expect(index.isPersonNameWord('njoroge')).toBe(true);
    expect(parsePack(JSON.stringify(build())).isPersonNameWord('njoroge')).toBe(false);
    expect(index.lookup('Atyrau')).not.toBeNull();
  });
});
