/**
 * Entity-level matching of predicted against gold entities. Two entities match
 * when they share a surface form; each gold entity can be claimed only once, so
 * finding "Boqaev" twice under two names counts once.
 */
import type { EntityType } from '../../../lib/model';

export type ScoredType = EntityType;

export interface EvalEntity {
  name: string;
  /** Gold types are ScoredType; a prediction may also be 'NAME' (type unknown). */
  type: string;
  forms: readonly string[];
}

export interface MatchPair {
  predicted: number;
  gold: number;
  overlap: number;
}

export type MatchMode = 'any' | 'typed';

/** NFC so that composed and decomposed accents agree; case stays significant. */
export function normaliseForm(form: string): string {
  return form.normalize('NFC').trim();
}

function formSet(entity: EvalEntity): Set<string> {
  return new Set(entity.forms.map(normaliseForm).filter((f) => f.length > 0));
}

/**
 * One-to-one greedy matching, best overlap first. Ties go to the earlier
 * predicted entity, then the earlier gold entity, so results are stable.
 */
export function matchEntities(
  predicted: readonly EvalEntity[],
  gold: readonly EvalEntity[],
  mode: MatchMode,
): MatchPair[] {
  const goldForms = gold.map(formSet);
  const candidates: MatchPair[] = [];
  predicted.forEach((p, pi) => {
    const forms = formSet(p);
    gold.forEach((g, gi) => {
      if (mode === 'typed' && p.type !== g.type) return;
      let overlap = 0;
      for (const form of goldForms[gi] ?? []) if (forms.has(form)) overlap++;
      if (overlap > 0) candidates.push({ predicted: pi, gold: gi, overlap });
    });
  });
  candidates.sort((a, b) => b.overlap - a.overlap || a.predicted - b.predicted || a.gold - b.gold);
  const usedPredicted = new Set<number>();
  const usedGold = new Set<number>();
  const pairs: MatchPair[] = [];
  for (const c of candidates) {
    if (usedPredicted.has(c.predicted) || usedGold.has(c.gold)) continue;
    usedPredicted.add(c.predicted);
    usedGold.add(c.gold);
    pairs.push(c);
  }
  return pairs;
}

/** A prediction is neutral when every one of its forms is a deliberately unlabelled name. */
export function isNeutral(entity: EvalEntity, neutral: ReadonlySet<string>): boolean {
  const forms = formSet(entity);
  if (forms.size === 0 || neutral.size === 0) return false;
  for (const form of forms) if (!neutral.has(form)) return false;
  return true;
}
