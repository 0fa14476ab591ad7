/** One mention of an entity, as a live DOM Range over the page's own text. */
import type { ArticleEntity } from '../entities/group-mentions';

export interface MentionRange {
  entity: ArticleEntity;
  range: Range;
}
