/**
 * Counts for one document: true positives, predictions and gold entities,
 * overall and per type, for "any type" and "typed" matching. Counts (not
 * ratios) are returned so that documents can be summed into micro averages.
 */
import { ENTITY_TYPES } from '../../../lib/model';
import { type EvalEntity, isNeutral, matchEntities, normaliseForm, type ScoredType } from './match-entities';

export const SCORED_TYPES: readonly ScoredType[] = ENTITY_TYPES;

export interface Counts {
  tp: number;
  predicted: number;
  gold: number;
}

export interface DocumentScore {
  any: Counts;
  typed: Counts;
  /** Typed matching, predictions and gold restricted to one type. */
  byType: Record<ScoredType, Counts>;
  /** Gold entities of a type found under any type, for "found but mistyped". */
  foundAnyType: Record<ScoredType, number>;
  /** Predictions of unknown type ('NAME') and how many of them hit a gold entity. */
  names: { predicted: number; matched: number };
  /** Predictions ignored because all their forms are listed as neutral. */
  neutral: number;
}

export interface GoldDocument {
  entities: EvalEntity[];
  neutral?: string[];
}

export const emptyCounts = (): Counts => ({ tp: 0, predicted: 0, gold: 0 });

const perType = <T>(make: () => T): Record<ScoredType, T> => ({
  PERSON: make(),
  PLACE: make(),
  ORG: make(),
  TERM: make(),
});

export function scoreDocument(predicted: readonly EvalEntity[], gold: GoldDocument): DocumentScore {
  const neutralForms = new Set((gold.neutral ?? []).map(normaliseForm));
  const goldEntities = gold.entities;
  const anyPairs = matchEntities(predicted, goldEntities, 'any');
  const typedPairs = matchEntities(predicted, goldEntities, 'typed');
  const matchedAny = new Set(anyPairs.map((p) => p.predicted));
  const matchedTyped = new Set(typedPairs.map((p) => p.predicted));

  // Neutral predictions drop out only when they match nothing: if the gold
  // labels one of their forms after all, the label wins.
  const kept = (matched: Set<number>) =>
    predicted.flatMap((p, i) => (matched.has(i) || !isNeutral(p, neutralForms) ? [i] : []));
  const keptAny = kept(matchedAny);
  const keptTyped = kept(matchedTyped);

  const byType = perType(emptyCounts);
  const foundAnyType = perType(() => 0);
  for (const g of goldEntities) if (isScored(g.type)) byType[g.type].gold++;
  for (const i of keptTyped) {
    const type = predicted[i]?.type;
    if (type && isScored(type)) byType[type].predicted++;
  }
  for (const pair of typedPairs) {
    const type = goldEntities[pair.gold]?.type;
    if (type && isScored(type)) byType[type].tp++;
  }
  for (const pair of anyPairs) {
    const type = goldEntities[pair.gold]?.type;
    if (type && isScored(type)) foundAnyType[type]++;
  }
  const names = predicted.flatMap((p, i) => (p.type === 'NAME' ? [i] : []));
  return {
    any: { tp: anyPairs.length, predicted: keptAny.length, gold: goldEntities.length },
    typed: { tp: typedPairs.length, predicted: keptTyped.length, gold: goldEntities.length },
    byType,
    foundAnyType,
    names: { predicted: names.length, matched: names.filter((i) => matchedAny.has(i)).length },
    neutral: predicted.length - keptAny.length,
  };
}

function isScored(type: string): type is ScoredType {
  return (SCORED_TYPES as readonly string[]).includes(type);
}

export function addScores(a: DocumentScore, b: DocumentScore): DocumentScore {
  const add = (x: Counts, y: Counts): Counts => ({
    tp: x.tp + y.tp,
    predicted: x.predicted + y.predicted,
    gold: x.gold + y.gold,
  });
  const byType = perType(emptyCounts);
  const foundAnyType = perType(() => 0);
  for (const t of SCORED_TYPES) {
    byType[t] = add(a.byType[t], b.byType[t]);
    foundAnyType[t] = a.foundAnyType[t] + b.foundAnyType[t];
  }
  return {
    any: add(a.any, b.any),
    typed: add(a.typed, b.typed),
    byType,
    foundAnyType,
    names: { predicted: a.names.predicted + b.names.predicted, matched: a.names.matched + b.names.matched },
    neutral: a.neutral + b.neutral,
  };
}

export function emptyScore(): DocumentScore {
  return scoreDocument([], { entities: [] });
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

/** Precision of nothing predicted is 0 here, not undefined: a silent system scores nothing. */
export function prf(c: Counts): Prf {
  const precision = c.predicted > 0 ? c.tp / c.predicted : 0;
  const recall = c.gold > 0 ? c.tp / c.gold : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}
