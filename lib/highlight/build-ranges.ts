/** Turns the mentions of each entity into DOM Ranges over the page's own text. */
import type { ArticleEntity } from '../entities/group-mentions';
import { locateOffset, type TextIndex } from '../text/collect-text';

export interface MentionRange {
  entity: ArticleEntity;
  range: Range;
}

export function buildRanges(doc: Document, index: TextIndex, entities: ArticleEntity[]): MentionRange[] {
  const out: MentionRange[] = [];
  for (const entity of entities) {
    for (const mention of entity.mentions) {
      const start = locateOffset(index, mention.start, 'start');
      const end = locateOffset(index, mention.end, 'end');
      if (!start || !end) continue;
      const range = doc.createRange();
      range.setStart(start.node, start.offset);
      range.setEnd(end.node, end.offset);
      out.push({ entity, range });
    }
  }
  return out;
}
