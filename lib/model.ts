import type { MessageKey } from './i18n';
/** Plain data shared by detection, the background, the card and the popup. */

/**
 * The kinds of entity, stated once. Per-type tables are Records over these types, so a new kind makes the
 * compiler list every place that must handle it.
 */
export const ENTITY_TYPES = ['PERSON', 'PLACE', 'ORG', 'TERM'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];
/** A name whose type is not known yet is shown as a plain name. */
export const HIGHLIGHT_TYPES = [...ENTITY_TYPES, 'NAME'] as const;
export type HighlightType = (typeof HIGHLIGHT_TYPES)[number];
/** The longest name form a mention may carry: detection drops longer runs, and messages refuse them. */
export const MAX_FORM_LENGTH = 200;
export const isEntityType = (v: unknown): v is EntityType => ENTITY_TYPES.includes(v as EntityType);

/** Where a card's facts came from; every card says which. */
export type SourceKind = 'pack' | 'glossary' | 'article' | 'wikipedia';

export interface ReferenceEntry {
  name: string;
  type: EntityType;
  description: string;
  source: SourceKind;
  /** Human-readable source and licence line, e.g. "WordNet 3.1 (WordNet licence)". */
  sourceLabel: string;
  /** For places: country, region, population; for countries: capital and demonym. */
  facts?: PlaceFacts;
  /** How many sources know this thing: a measure of how well known it is, for the last tie-break. */
  sourceCount?: number;
  /** What kind of thing the entry is, as word-class letters (lib/reference/word-kinds). */
  kinds?: string;
  /** From Backstory's curated entries, written for the sense the news means ("Amazon", the company). */
  curated?: boolean;
}

export interface PlaceFacts {
  country?: string;
  region?: string;
  population?: number;
  capital?: string;
  demonym?: string;
  /** What sort of place: a country, a first-level region, a city, a national capital, or another place. */
  kind?: PlaceKind;
  /** A country's ISO 3166-1 code: one country in every source. */
  code?: string;
  /** The first-level region a place lies in: Washington for Seattle. */
  admin?: string;
}

export type PlaceKind = 'country' | 'region' | 'city' | 'capital' | 'other';

/** One entity of the current article, as the popup lists it. */
export interface EntitySummary {
  id: string;
  name: string;
  type: HighlightType;
  mentions: number;
  description?: string;
  /** What the article itself says the entity is. */
  role?: string;
  /** The spellings the article uses, so that a search for one finds the entity. */
  forms?: string[];
  /** Offset of the first mention in the article text, for listing in reading order. */
  firstAt?: number;
}

/** Everything a card shows. */
export interface CardModel {
  name: string;
  type: HighlightType;
  description?: string;
  /** The reference data's source and licence; none when all the card knows comes from the article. */
  sourceLabel?: string;
  /** Which layer the facts came from, so the footer can point to the pack's licences. */
  source?: SourceKind;
  /** The description is the best-known of several things of this name, which the article did not tell apart. */
  likely?: boolean;
  mentions: number;
  forms: string[];
  /** Labelled facts from the reference data: country, region, population, capital, demonym. */
  facts: { label: MessageKey; value: string }[];
  /** What the article itself says the entity is. */
  role?: string;
  /** The sentence of the first mention. */
  firstMention?: string;
  /** Other spellings of the name in this article. */
  alsoWritten: string[];
}

/** The messages that name each type, for one entity and for a group. */
export const TYPE_MESSAGES: Readonly<Record<HighlightType, { one: MessageKey; many: MessageKey }>> = {
  PERSON: { one: 'typePerson', many: 'typePeople' },
  PLACE: { one: 'typePlace', many: 'typePlaces' },
  ORG: { one: 'typeOrg', many: 'typeOrgs' },
  TERM: { one: 'typeTerm', many: 'typeTerms' },
  NAME: { one: 'typeName', many: 'typeNames' },
};

/** The card's Previous and Next buttons over an entity's mentions; given to the card by the content script. */
export interface MentionNavigation {
  /** One-based position of the mention the card is anchored to. */
  position: number;
  count: number;
  previous(): void;
  next(): void;
}

/** The card's "Don't highlight <name> on this site" and its Undo; given to the card by the content script. */
export interface SiteHiding {
  /** Whether the name is hidden on this site now, so the card offers Undo instead. */
  hidden: boolean;
  hide(): void;
  undo(): void;
}
