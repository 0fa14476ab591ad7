/** Plain models of an article entity for the popup list and the card. */
import type { ArticleEntity } from '../entities/group-mentions';
import type { CardModel, EntitySummary } from '../model';

export function toSummary(entity: ArticleEntity): EntitySummary {
  const summary: EntitySummary = {
    id: entity.id,
    name: entity.name,
    type: entity.type,
    mentions: entity.mentions.length,
  };
  if (entity.reference) summary.description = entity.reference.description;
  return summary;
}

export function toCardModel(entity: ArticleEntity): CardModel {
  const model: CardModel = {
    name: entity.name,
    type: entity.type,
    mentions: entity.mentions.length,
    forms: entity.forms,
    sourceLabel: entity.reference ? entity.reference.sourceLabel : 'From this article',
  };
  if (entity.reference) model.description = entity.reference.description;
  return model;
}
