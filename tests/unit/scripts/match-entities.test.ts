import { describe, expect, it } from 'vitest';
import { type EvalEntity, isNeutral, matchEntities, normaliseForm } from '../../../scripts/lib/eval/match-entities';

const entity = (type: string, ...forms: string[]): EvalEntity => ({ name: forms[0] ?? '', type, forms });

describe('matchEntities', () => {
  it('matches entities that share a form, whatever else differs', () => {
    const pairs = matchEntities([entity('PERSON', 'Boqaev')], [entity('PERSON', 'Maks Boqaev', 'Boqaev')], 'any');
    expect(pairs).toEqual([{ predicted: 0, gold: 0, overlap: 1 }]);
  });

  it('compares forms case-sensitively after NFC and trimming', () => {
    const gold = [entity('PLACE', 'Māori Land'), entity('TERM', 'clemency')];
    const decomposed = 'Ma\u0304ori Land ';
    expect(matchEntities([entity('PLACE', decomposed)], gold, 'any')).toHaveLength(1);
    expect(matchEntities([entity('TERM', 'Clemency')], gold, 'any')).toHaveLength(0);
    expect(normaliseForm(' Ma\u0304ori ')).toBe('M\u0101ori');
  });

  it('gives each gold entity to one prediction only', () => {
    const predicted = [entity('PERSON', 'Boqaev'), entity('PERSON', 'Maks Boqaev')];
    const pairs = matchEntities(predicted, [entity('PERSON', 'Maks Boqaev', 'Boqaev')], 'any');
    expect(pairs).toHaveLength(1);
  });

  it('pairs the biggest overlaps first, even when a weaker pair comes earlier', () => {
    const predicted = [entity('PERSON', 'Ayan'), entity('PERSON', 'Talgat Ayan', 'Ayan')];
    const gold = [entity('PERSON', 'Talgat Ayan', 'Ayan'), entity('PLACE', 'Ayan')];
    const pairs = matchEntities(predicted, gold, 'any');
    expect(pairs).toContainEqual({ predicted: 1, gold: 0, overlap: 2 });
    expect(pairs).toContainEqual({ predicted: 0, gold: 1, overlap: 1 });
  });

  it('needs equal types in typed mode, and a NAME never equals a typed gold entity', () => {
    const gold = [entity('ORG', 'Amnesty International')];
    expect(matchEntities([entity('NAME', 'Amnesty International')], gold, 'any')).toHaveLength(1);
    expect(matchEntities([entity('NAME', 'Amnesty International')], gold, 'typed')).toHaveLength(0);
    expect(matchEntities([entity('PLACE', 'Amnesty International')], gold, 'typed')).toHaveLength(0);
    expect(matchEntities([entity('ORG', 'Amnesty International')], gold, 'typed')).toHaveLength(1);
  });

  it('lets a typed prediction pass over a same-form gold entity of another type', () => {
    const gold = [entity('PERSON', 'Han'), entity('PLACE', 'Han')];
    expect(matchEntities([entity('PLACE', 'Han')], gold, 'typed')).toEqual([{ predicted: 0, gold: 1, overlap: 1 }]);
  });
});

describe('isNeutral', () => {
  const neutral = new Set(['Nobel Peace Prize', 'Nikkei 225']);

  it('is true only when every form is listed', () => {
    expect(isNeutral(entity('NAME', 'Nobel Peace Prize'), neutral)).toBe(true);
    expect(isNeutral(entity('NAME', 'Nobel Peace Prize', 'Nobel'), neutral)).toBe(false);
    expect(isNeutral(entity('NAME', 'Nikkei'), neutral)).toBe(false);
  });

  it('is false for an entity with no forms', () => {
    expect(isNeutral(entity('NAME'), neutral)).toBe(false);
  });
});
