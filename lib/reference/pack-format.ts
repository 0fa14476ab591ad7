/**
 * The offline knowledge pack as it is shipped: entries, their sources, and
 * pre-built sorted lookup tiers, so the background only parses JSON and
 * searches text when it starts. Entries and tiers are each one string of
 * lines: JSON parses a long string far faster than thousands of small arrays
 * and strings, and only the lines a lookup reaches are read.
 */
import type { EntityType, PlaceFacts } from '../model';

export type { PlaceFacts };

export const PACK_FORMAT = 2;
export const PACK_PATH = 'pack/pack.json';
/** Country data under the ODbL, shipped as its own file and never merged into the main pack. */
export const COUNTRIES_PACK_PATH = 'pack/countries.odbl.json';
/**
 * The word lists of the main pack, shipped apart: together they would make one file of over 5 MB, more than the
 * add-on stores accept in one file.
 */
export const WORDS_PACK_PATH = 'pack/words.json';
/** Every file of the pack, in the order loadPacks reads them. */
export const PACK_FILES = [PACK_PATH, WORDS_PACK_PATH, COUNTRIES_PACK_PATH] as const;
export const WORD_LIST_FIELDS = ['nameWords', 'wordGivenNames', 'ordinaryWords', 'companies', 'nounKinds'] as const;
/** The words file: the main pack's word lists. */
export type PackWords = Pick<PackFile, (typeof WORD_LIST_FIELDS)[number]>;

export interface PackSource {
  label: string;
  licence: string;
  url: string;
  /** Backstory's own entries, each written for the sense a news report means by its name. */
  curated?: boolean;
}

/** [name, type, description, source indexes, facts] */
export type PackEntry = [string, EntityType, string, number[], PlaceFacts?];

/** Lines "key\tid,id" sorted by key (code-unit order), each key once with the ids of the entries it points to. */
export type PackTier = string;

export interface PackFile {
  format: typeof PACK_FORMAT;
  sources: PackSource[];
  /** One entry a line, each a PackEntry as JSON, in id order. */
  entries: string;
  exact: PackTier;
  folded: PackTier;
  key: PackTier;
  /** Folded phrases of the terms that detection looks for in lower-case text. */
  terms: string[];
  /** Folded first names of the people in the pack, a cue that an unknown name is a person's. */
  givenNames: string[];
  /**
   * Folded first and last names of people, less ordinary words: a weaker cue of
   * the same kind. One sorted, newline-separated string, which parses far faster
   * than an array of 180,000 strings and is searched in place.
   */
  nameWords?: string;
  /** Folded first names that are also ordinary words or places ("john", "mark"): a cue only beside a surname. */
  wordGivenNames?: string[];
  /** Lower-case one-word lemmas of WordNet ("paper", "hungry"), sorted and newline-separated like nameWords. */
  ordinaryWords?: string;
  /** Folded one-word company names, sorted and newline-separated like nameWords. */
  companies?: string;
  /** Common one-word nouns with the kinds of thing they may name ("schooner\tvx"), sorted lines: lib/reference/word-kinds. */
  nounKinds?: string;
  /** Each entry's kinds, by entry id: what kind of thing it is, for the context-agreement gate. */
  kinds?: string[];
}

/** One record before indexing: what every source module produces. */
export interface PackRecord {
  name: string;
  type: EntityType;
  description: string;
  sources: number[];
  aliases: string[];
  facts?: PlaceFacts;
  /** A term that detection looks for in running text. */
  detectable?: boolean;
  /** Other sources' own names for the same thing, which rank as names, not aliases ("New York" of New York City). */
  otherNames?: string[];
  /** The kinds of thing the record is (lib/reference/word-kinds). */
  kinds?: string;
}
