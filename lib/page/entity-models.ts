/** Plain models of an article entity for the popup list and the card. */
import type { ArticleEntity } from '../entities/group-mentions';
import type { CardModel, EntitySummary, PlaceFacts } from '../model';
import { nameWords } from '../names/fold';

export function toSummary(entity: ArticleEntity): EntitySummary {
  const summary: EntitySummary = {
    id: entity.id,
    name: entity.name,
    type: entity.type,
    mentions: entity.mentions.length,
    forms: entity.forms,
  };
  // A reduce, not Math.min(...), since a long page can have more mentions than a call takes arguments.
  const first = entity.mentions.reduce((min, m) => Math.min(min, m.start), Number.POSITIVE_INFINITY);
  if (Number.isFinite(first)) summary.firstAt = first;
  if (entity.reference) summary.description = entity.reference.description;
  if (entity.role) summary.role = entity.role;
  return summary;
}

/** `sentenceOf` gives the article's sentence around an offset (see text/sentence-at). */
export function toCardModel(entity: ArticleEntity, sentenceOf: (offset: number) => string): CardModel {
  const model: CardModel = {
    name: entity.name,
    type: entity.type,
    mentions: entity.mentions.length,
    forms: entity.forms,
    facts: factLines(entity.reference?.facts),
    alsoWritten: otherSpellings(entity),
  };
  const first = entity.mentions[0];
  if (first) model.firstMention = sentenceOf(first.start);
  if (entity.reference) {
    model.description = entity.reference.description;
    model.sourceLabel = entity.reference.sourceLabel;
    model.source = entity.reference.source;
    if (entity.likely) model.likely = true;
  }
  if (entity.role) model.role = entity.role;
  return model;
}

function factLines(facts: PlaceFacts | undefined): CardModel['facts'] {
  if (!facts) return [];
  const lines: CardModel['facts'] = [];
  if (facts.country) lines.push({ label: 'factCountry', value: facts.country });
  if (facts.region) lines.push({ label: 'factRegion', value: facts.region });
  if (facts.population) lines.push({ label: 'factPopulation', value: facts.population.toLocaleString('en-US') });
  if (facts.capital) lines.push({ label: 'factCapital', value: facts.capital });
  if (facts.demonym) lines.push({ label: 'factPeople', value: facts.demonym });
  return lines;
}

/**
 * Forms that spell the name differently ("Nazarbaev" for Nazarbayev), not
 * forms that are only part of it ("Boqaev" of Maks Boqaev) or differ in case.
 */
function otherSpellings(entity: ArticleEntity): string[] {
  const words = new Set(nameWords(entity.name));
  return entity.forms.filter((form) => !nameWords(form).every((w) => words.has(w)));
}
