/** Each problem a glossary file can have, reported where it is, and never imported. */
import { describe, expect, it } from 'vitest';
import { MAX_ALIASES, MAX_FIELD_CHARS, type ParsedGlossary, type RowError } from '../../../lib/glossary/glossary-model';
import { parseGlossaryFile } from '../../../lib/glossary/parse-glossary';
import { englishT } from '../../helpers/i18n';

const bytes = (text: string) => new TextEncoder().encode(text);
const csv = (...lines: string[]) => parseGlossaryFile(bytes(`${lines.join('\n')}\n`), 'g.csv');
/** Each problem as the options page words its place and text. */
const said = (errors: RowError[]) =>
  errors.map((e) => ({
    at: e.column === undefined ? `line ${e.line}` : `line ${e.line}, column ${e.column} (${e.field})`,
    what: englishT(e.message.key, ...e.message.subs),
  }));
const names = (parsed: ParsedGlossary) => parsed.entries.map((e) => e.name);
const HEADER = 'name,type,description,aliases,link';

describe('a glossary file with problems', () => {
  it('reads the rows after a quote that never closes on their own, and reports the quote where it opened', () => {
    const parsed = csv(HEADER, 'Atyrau,PLACE,"Oil city,,', 'Aktau,PLACE,Port city,,', 'Astana,PLACE,Capital,,');
    expect(said(parsed.errors)).toEqual([
      {
        at: 'line 2, column 3 (description)',
        what: 'a quote opens this field and is never closed (the rows after it were read on their own)',
      },
    ]);
    expect(names(parsed)).toEqual(['Aktau', 'Astana']);
  });

  it('does not let a stray quote swallow the rows up to the next quote', () => {
    const parsed = csv(HEADER, 'Atyrau,PLACE,"Oil city,,', 'Aktau,PLACE,Port city,,', 'Astana,PLACE,"Capital",,');
    expect(said(parsed.errors).map((e) => e.at)).toEqual(['line 2, column 3 (description)']);
    expect(names(parsed)).toEqual(['Aktau', 'Astana']);
  });

  it('reports text after a closing quote', () => {
    const parsed = csv(HEADER, 'Atyrau,PLACE,"Oil" city,,', 'Aktau,PLACE,"Port ""city""",,');
    expect(said(parsed.errors)).toEqual([
      {
        at: 'line 2, column 3 (description)',
        what: 'text follows the quote that closes this field (a quote inside a quoted field is written twice: "")',
      },
    ]);
    expect(parsed.entries).toEqual([{ name: 'Aktau', type: 'PLACE', description: 'Port "city"', aliases: [] }]);
  });

  it('takes a name once, and reports it again wherever it comes back', () => {
    const parsed = csv(
      HEADER,
      'Atyrau,PLACE,Oil city,,',
      'Aktau,PLACE,Port,,',
      'ATYRAU,PLACE,Again,,',
      'Átyrau,TERM,And again,,',
    );
    expect(names(parsed)).toEqual(['Atyrau', 'Aktau']);
    expect(said(parsed.errors)).toEqual([
      { at: 'line 4, column 1 (name)', what: 'ATYRAU is already on line 2 of this file' },
      { at: 'line 5, column 1 (name)', what: 'Átyrau is already on line 2 of this file' },
    ]);
  });

  it('reports a name that a stored glossary already has, and leaves that one to win', () => {
    const stored = [
      {
        id: 'a',
        name: 'Kazakh places',
        importedAt: 1,
        entries: [{ name: 'Atyrau', type: 'PLACE' as const, description: 'Oil city', aliases: [] }],
      },
    ];
    const parsed = parseGlossaryFile(bytes(`${HEADER}\natyrau,PLACE,Other,,\nAktau,PLACE,Port,,\n`), 'g.csv', stored);
    expect(names(parsed)).toEqual(['Aktau']);
    expect(said(parsed.errors)).toEqual([
      { at: 'line 2, column 1 (name)', what: 'atyrau is already in your glossary Kazakh places, which stays as it is' },
    ]);
  });

  it('refuses a file that names a column twice, saying which', () => {
    const parsed = csv('name,type,description,aliases,description', 'Atyrau,PLACE,Oil city,,Port');
    expect(englishT(parsed.fatal?.key ?? 'glossErrEmpty', ...(parsed.fatal?.subs ?? []))).toBe(
      'The column description appears twice (columns 3 and 5), so it is not clear which to read.',
    );
    expect(parsed.entries).toEqual([]);
  });

  it('holds every field to its limit, the link included, and reports each problem of a row', () => {
    const long = (field: keyof typeof MAX_FIELD_CHARS) => 'x'.repeat(MAX_FIELD_CHARS[field] + 1);
    const parsed = csv(
      HEADER,
      `${long('name')},PLACE,Fine,,`,
      `Atyrau,PLACE,${long('description')},,`,
      `Aktau,PLACE,Port,${long('alias')},`,
      `Astana,PLACE,Capital,,https://example.org/${long('link')}`,
      `Almaty,ROBOT,,,ftp://example.org`,
    );
    expect(parsed.entries).toEqual([]);
    expect(said(parsed.errors)).toEqual([
      { at: 'line 2, column 1 (name)', what: 'the name is longer than 200 characters' },
      { at: 'line 3, column 3 (description)', what: 'the description is longer than 2000 characters' },
      { at: 'line 4, column 4 (aliases)', what: 'an alias is longer than 200 characters' },
      { at: 'line 5, column 5 (link)', what: 'the link is longer than 2000 characters' },
      { at: 'line 6, column 2 (type)', what: 'needs a type: PERSON, PLACE, ORG or TERM' },
      { at: 'line 6, column 3 (description)', what: 'needs a description' },
      { at: 'line 6, column 5 (link)', what: 'the link must start with http:// or https://' },
    ]);
  });

  it('refuses a row with too many aliases, 100,000 of them included', () => {
    const many = (n: number) => Array.from({ length: n }, (_, i) => `A${i}`).join(';');
    const parsed = csv(HEADER, `Atyrau,PLACE,Oil city,${many(MAX_ALIASES)},`, `Aktau,PLACE,Port,${many(100_000)},`);
    expect(parsed.entries.map((e) => [e.name, e.aliases.length])).toEqual([['Atyrau', MAX_ALIASES]]);
    expect(said(parsed.errors)).toEqual([{ at: 'line 3, column 4 (aliases)', what: 'more than 50 aliases' }]);
  });

  it('reads a file separated by semicolons, and says so before anything is stored', () => {
    const parsed = csv('name;type;description;aliases', 'Atyrau;PLACE;Oil city, on the Ural;"Guryev;Atyrau city"');
    expect(parsed.entries).toEqual([
      { name: 'Atyrau', type: 'PLACE', description: 'Oil city, on the Ural', aliases: ['Guryev', 'Atyrau city'] },
    ]);
    expect(parsed.notes?.map((n) => englishT(n.key, ...n.subs))).toEqual([
      'The columns of this file are separated by semicolons, as some spreadsheet programs save them, and it was read that way.',
    ]);
  });

  it('names the field of a problem in a JSON entry', () => {
    const parsed = parseGlossaryFile(
      bytes('[{"name": "Atyrau", "type": "PLACE", "description": "x", "link": "ftp://a"}]'),
      'g.json',
    );
    expect(parsed.errors.map((e) => [e.line, e.field, e.column])).toEqual([[1, 'link', undefined]]);
  });
});
