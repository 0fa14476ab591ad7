/** The background's half of the pipeline: reference lookups and grouping into entities. */
import type { Candidate } from '../detect/find-names';
import type { ReferenceEntry } from '../model';
import type { ReferenceIndex } from '../reference/reference-index';
import { runSteps, type Steps } from '../steps';
import { type ArticleEntity, groupSteps } from './group-mentions';

export function resolveMentions(candidates: Candidate[], reference: ReferenceIndex): ArticleEntity[] {
  return runSteps(resolveSteps(candidates, reference));
}

/** resolveMentions in steps, for the background to run between other tabs' work. */
export function* resolveSteps(candidates: Candidate[], reference: ReferenceIndex): Steps<ArticleEntity[]> {
  const entities = yield* groupSteps(candidates, reference);
  return entities.map((entity) => ({ ...entity, reference: withRegion(entity.reference, reference) }));
}

/**
 * A city names its country; the country's entry gives the region, so the card
 * can say "Atyrau, Kazakhstan, Central Asia".
 */
function withRegion(entry: ReferenceEntry | null, reference: ReferenceIndex): ReferenceEntry | null {
  const country = entry?.facts?.country;
  if (!entry || !country || entry.facts?.region) return entry;
  const found = reference.lookup(country);
  if (found?.type !== 'PLACE' || !found.facts?.region) return entry;
  return { ...entry, facts: { ...entry.facts, country: found.name, region: found.facts.region } };
}
