import { describe, expect, it } from 'vitest';
import { glossaryToCsv, glossaryToJson } from '../../../lib/glossary/export-glossary';
import { glossaryIndex, layerIndexes } from '../../../lib/glossary/glossary-index';
import type { GlossaryProblem, RowError } from '../../../lib/glossary/glossary-model';
import { parseGlossaryFile } from '../../../lib/glossary/parse-glossary';
import { buildReferenceIndex } from '../../../lib/reference/reference-index';
import { englishT } from '../../helpers/i18n';

const bytes = (text: string) => new TextEncoder().encode(text);
/** A problem as the options page words it in English: the parser gives a message key, never English itself. */
const say = (problem: GlossaryProblem | undefined) => (problem ? englishT(problem.key, ...problem.subs) : undefined);
const said = (errors: RowError[]) => errors.map((e) => ({ line: e.line, message: say(e.message) }));

describe('parseGlossaryFile', () => {
  it('reads CSV with quoted commas, quotes and line breaks, and aliases split by semicolons', () => {
    const csv =
      'name,type,description,aliases,link\r\n"Boqaev, Maks",PERSON,"Land activist; jailed 2016.\nFreed 2021.",Bokayev;Боқаев,https://example.org/b\r\n';
    const parsed = parseGlossaryFile(bytes(csv), 'people.csv');
    expect(parsed.errors).toEqual([]);
    expect(parsed.entries).toEqual([
      {
        name: 'Boqaev, Maks',
        type: 'PERSON',
        description: 'Land activist; jailed 2016.\nFreed 2021.',
        aliases: ['Bokayev', 'Боқаев'],
        link: 'https://example.org/b',
      },
    ]);
  });

  it('reports every bad row with its line number, and keeps the good ones', () => {
    const csv =
      'name,type,description\nAtyrau,PLACE,Oil city\n,PLACE,No name\nAstana,CITY,Wrong type\n"Multi\nline",TERM,\nAktobe,place,City in the west\n';
    const parsed = parseGlossaryFile(bytes(csv), 'places.csv');
    expect(parsed.entries.map((e) => e.name)).toEqual(['Atyrau', 'Aktobe']);
    expect(said(parsed.errors)).toEqual([
      { line: 3, message: 'needs a name' },
      { line: 4, message: 'needs a type: PERSON, PLACE, ORG or TERM' },
      { line: 5, message: 'needs a description' },
    ]);
  });

  it('keeps a formula as the text it is, and HTML as text', () => {
    const csv =
      'name,type,description\nClemency,TERM,=HYPERLINK("http://evil.example")\nX,TERM,<img src=x onerror=alert(1)>\n';
    const parsed = parseGlossaryFile(bytes(csv), 'terms.csv');
    expect(parsed.entries.map((e) => e.description)).toEqual([
      '=HYPERLINK("http://evil.example")',
      '<img src=x onerror=alert(1)>',
    ]);
  });

  it('reads JSON, as a list or an object with entries', () => {
    const list = [{ name: 'Atyrau', type: 'PLACE', description: 'Oil city', aliases: ['Guryev'] }];
    expect(parseGlossaryFile(bytes(JSON.stringify(list)), 'g.json').entries[0]).toMatchObject({ aliases: ['Guryev'] });
    expect(parseGlossaryFile(bytes(JSON.stringify({ entries: list })), 'g.json').entries).toHaveLength(1);
    // Every problem of the entry, not only the first.
    expect(said(parseGlossaryFile(bytes('[{"name": 5}]'), 'g.json').errors)).toEqual([
      { line: 1, message: 'needs a name' },
      { line: 1, message: 'needs a type: PERSON, PLACE, ORG or TERM' },
      { line: 1, message: 'needs a description' },
    ]);
  });

  it.each([
    ['a file over 10 MB', new Uint8Array(10 * 1024 * 1024 + 1), 'big.csv', /larger than 10 MB/],
    ['a file that is not UTF-8', new Uint8Array([0x6e, 0x61, 0x6d, 0x65, 0xff, 0xfe, 0x00]), 'latin.csv', /not UTF-8/],
    ['broken JSON', bytes('[{"name": '), 'g.json', /not valid JSON/],
    ['a CSV without the required columns', bytes('title,kind\nA,B\n'), 'g.csv', /missing: name, type, description/],
    ['an empty file', bytes(''), 'g.csv', /empty/],
  ])('refuses %s as a whole, with a clear message', (_, data, name, message) => {
    const parsed = parseGlossaryFile(data, name);
    expect(say(parsed.fatal)).toMatch(message);
    expect(parsed.entries).toEqual([]);
  });
});

describe('export', () => {
  const entries = parseGlossaryFile(
    bytes('name,type,description,aliases\n"Boqaev, Maks",PERSON,"Said ""no"".",Bokayev;Max Boqaev\nSum,TERM,=1+2,\n'),
    'g.csv',
  ).entries;

  it('gives back the same entries through CSV, with formulas guarded for spreadsheets', () => {
    const csv = glossaryToCsv(entries);
    expect(csv).toContain("'=1+2");
    expect(parseGlossaryFile(bytes(csv), 'again.csv').entries).toEqual(entries);
  });

  it('gives back the same entries through JSON', () => {
    expect(parseGlossaryFile(bytes(glossaryToJson(entries)), 'again.json').entries).toEqual(entries);
  });
});

describe('glossaries over the pack', () => {
  const pack = buildReferenceIndex(
    [{ name: 'Atyrau', type: 'PLACE', description: 'City in Kazakhstan.' }],
    'pack',
    'pack',
  );
  const mine = (description: string, importedAt: number) => ({
    id: String(importedAt),
    name: `list ${importedAt}`,
    importedAt,
    entries: [{ name: 'Atyrau', type: 'PLACE' as const, description, aliases: ['Guryev'] }],
  });

  it('win over the pack, the newest import first, and say where they come from', () => {
    const index = layerIndexes(glossaryIndex([mine('Old note.', 1), mine('Newer note.', 2)]), pack);
    expect(index.lookup('Atyrau')).toMatchObject({
      description: 'Newer note.',
      source: 'glossary',
      sourceLabel: 'from your glossary list 2',
    });
    expect(index.lookup('Guryev')?.description).toBe('Newer note.');
  });
});
