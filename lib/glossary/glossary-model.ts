/** A reader's glossary, as stored and as imported. */
import type { MessageKey } from '../i18n';
import type { EntityType } from '../model';

export interface GlossaryEntry {
  name: string;
  type: EntityType;
  description: string;
  aliases: string[];
  link?: string;
}

export interface Glossary {
  id: string;
  /** The file it came from, shown on cards: "from your glossary Kazakh politics". */
  name: string;
  importedAt: number;
  entries: GlossaryEntry[];
}

/** A problem with a glossary file as a message key and its substitutions: the options page words it. */
export interface GlossaryProblem {
  key: MessageKey;
  subs: string[];
}

export interface RowError {
  /** Line of the file (CSV) or position in the list (JSON), counted from 1. */
  line: number;
  /** The column of a CSV file, counted from 1, with its name from the first line; for JSON, the field's name. */
  column?: number;
  field?: string;
  message: GlossaryProblem;
}

export interface ParsedGlossary {
  entries: GlossaryEntry[];
  errors: RowError[];
  /** How the file was read, when that is worth the reader's look before anything is stored. */
  notes?: GlossaryProblem[];
  /** Set when the whole file is unusable: nothing can be imported from it. */
  fatal?: GlossaryProblem;
}

export const MAX_GLOSSARY_BYTES = 10 * 1024 * 1024;
export const MAX_FIELD_CHARS = { name: 200, description: 2000, alias: 200, link: 2000 } as const;
/** Spellings of one name: a few dozen at most in real use, and each one is a key the background indexes. */
export const MAX_ALIASES = 50;
