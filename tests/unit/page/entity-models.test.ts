import { describe, expect, it } from 'vitest';
import type { ArticleEntity } from '../../../lib/entities/group-mentions';
import { toCardModel, toSummary } from '../../../lib/page/entity-models';
import { sentences } from '../../../lib/text/sentence-at';

const entity = (name: string, forms: string[]): ArticleEntity => ({
  id: `PERSON:${name}`,
  name,
  type: 'PERSON',
  forms,
  mentions: [{ start: 0, end: forms[0]?.length ?? 0, form: forms[0] ?? '' }],
  reference: null,
});

describe('toCardModel', () => {
  it('lists other spellings, but not parts of the name or changes of case', () => {
    const text = 'Nazarbaev spoke.';
    expect(
      toCardModel(entity('Nursultan Nazarbayev', ['Nazarbaev', 'Nursultan', 'Назарбаев']), sentences(text)).alsoWritten,
    ).toEqual(['Nazarbaev', 'Назарбаев']);
    expect(
      toCardModel(entity('Maks Boqaev', ['Maks Boqaev', 'Boqaev', 'BOQAEV']), sentences(text)).alsoWritten,
    ).toEqual([]);
  });

  it('gives the sentence of the first mention', () => {
    expect(
      toCardModel(entity('Nazarbaev', ['Nazarbaev']), sentences('Nazarbaev spoke. Then he left.')).firstMention,
    ).toBe('Nazarbaev spoke.');
  });
});

describe('toSummary', () => {
  it('carries the role, the forms and the earliest mention for the popup list', () => {
    const summary = toSummary({
      ...entity('Maks Boqaev', ['Maks Boqaev', 'Boqaev']),
      role: 'a rights activist',
      mentions: [
        { start: 90, end: 96, form: 'Boqaev' },
        { start: 12, end: 23, form: 'Maks Boqaev' },
      ],
    });
    expect(summary).toMatchObject({ role: 'a rights activist', forms: ['Maks Boqaev', 'Boqaev'], firstAt: 12 });
    expect(summary.mentions).toBe(2);
  });
});
