import { describe, expect, it } from 'vitest';
import { parseGold } from '../../../scripts/lib/eval/load-corpus';
import type { EvalEntity } from '../../../scripts/lib/eval/match-entities';
import { addScores, prf, scoreDocument } from '../../../scripts/lib/eval/score-document';

const entity = (type: string, ...forms: string[]): EvalEntity => ({ name: forms[0] ?? '', type, forms });

const gold = {
  entities: [
    entity('PERSON', 'Maks Boqaev', 'Boqaev'),
    entity('PLACE', 'Atyrau'),
    entity('ORG', 'Amnesty International'),
    entity('TERM', 'clemency'),
  ],
  neutral: ['Nobel Peace Prize'],
};

describe('scoreDocument', () => {
  it('counts matches, predictions and gold for any type and typed', () => {
    const predicted = [
      entity('PERSON', 'Boqaev'),
      entity('ORG', 'Atyrau'), // right name, wrong type
      entity('NAME', 'Amnesty International'),
      entity('PERSON', 'Ural River'), // not in the gold at all
    ];
    const score = scoreDocument(predicted, gold);
    expect(score.any).toEqual({ tp: 3, predicted: 4, gold: 4 });
    expect(score.typed).toEqual({ tp: 1, predicted: 4, gold: 4 });
    expect(score.names).toEqual({ predicted: 1, matched: 1 });
  });

  it('uses predictions of a type for its precision and gold of that type for its recall', () => {
    const score = scoreDocument([entity('PERSON', 'Boqaev'), entity('PERSON', 'Ural River')], gold);
    expect(score.byType.PERSON).toEqual({ tp: 1, predicted: 2, gold: 1 });
    expect(score.byType.PLACE).toEqual({ tp: 0, predicted: 0, gold: 1 });
    expect(score.byType.TERM).toEqual({ tp: 0, predicted: 0, gold: 1 });
  });

  it('counts gold found under the wrong type separately', () => {
    const score = scoreDocument([entity('ORG', 'Atyrau')], gold);
    expect(score.foundAnyType.PLACE).toBe(1);
    expect(score.byType.PLACE.tp).toBe(0);
    expect(score.byType.ORG).toEqual({ tp: 0, predicted: 1, gold: 1 });
  });

  it('ignores unmatched predictions whose forms are all neutral, but not partly neutral ones', () => {
    const neutralOnly = scoreDocument([entity('NAME', 'Nobel Peace Prize')], gold);
    expect(neutralOnly.any.predicted).toBe(0);
    expect(neutralOnly.typed.predicted).toBe(0);
    expect(neutralOnly.neutral).toBe(1);
    const mixed = scoreDocument([entity('NAME', 'Nobel Peace Prize', 'Nobel')], gold);
    expect(mixed.any.predicted).toBe(1);
    expect(mixed.neutral).toBe(0);
  });

  it('counts a neutral form as a hit when the gold labels it after all', () => {
    const labelled = { entities: [entity('ORG', 'Nobel Peace Prize')], neutral: ['Nobel Peace Prize'] };
    const score = scoreDocument([entity('ORG', 'Nobel Peace Prize')], labelled);
    expect(score.any).toEqual({ tp: 1, predicted: 1, gold: 1 });
  });

  it('sums documents for micro averages', () => {
    const one = scoreDocument([entity('PERSON', 'Boqaev')], gold);
    const two = scoreDocument([entity('PERSON', 'Ural River')], gold);
    const both = addScores(one, two);
    expect(both.any).toEqual({ tp: 1, predicted: 2, gold: 8 });
    expect(both.byType.PERSON).toEqual({ tp: 1, predicted: 2, gold: 2 });
  });
});

describe('prf', () => {
  it('computes precision, recall and F1', () => {
    const { precision, recall, f1 } = prf({ tp: 3, predicted: 4, gold: 6 });
    expect(precision).toBe(0.75);
    expect(recall).toBe(0.5);
    expect(f1).toBeCloseTo(0.6);
  });

  it('scores an empty prediction or gold as 0 rather than NaN', () => {
    expect(prf({ tp: 0, predicted: 0, gold: 5 })).toEqual({ precision: 0, recall: 0, f1: 0 });
    expect(prf({ tp: 0, predicted: 3, gold: 0 })).toEqual({ precision: 0, recall: 0, f1: 0 });
  });
});

describe('parseGold', () => {
  it('reads entities and the optional neutral list', () => {
    const parsed = parseGold('{"entities":[{"name":"A","type":"ORG","forms":["A"]}],"neutral":["B"]}', 'x');
    expect(parsed).toEqual({ entities: [{ name: 'A', type: 'ORG', forms: ['A'] }], neutral: ['B'] });
  });

  it('rejects unknown types, missing forms and a malformed neutral list', () => {
    expect(() => parseGold('{"entities":[{"name":"A","type":"NAME","forms":["A"]}]}', 'g.json')).toThrow(/NAME/);
    expect(() => parseGold('{"entities":[{"name":"A","type":"ORG"}]}', 'g.json')).toThrow(/forms/);
    expect(() => parseGold('{"entities":[],"neutral":"B"}', 'g.json')).toThrow(/neutral/);
  });
});
