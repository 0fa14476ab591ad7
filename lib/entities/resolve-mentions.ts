/** The background's half of the pipeline: reference lookups and grouping into entities. */
import type { Candidate } from '../detect/find-names';
import type { ReferenceIndex } from '../reference/reference-index';
import { type ArticleEntity, groupMentions } from './group-mentions';

export function resolveMentions(candidates: Candidate[], reference: ReferenceIndex): ArticleEntity[] {
  return groupMentions(candidates, reference);
}
