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
  message: GlossaryProblem;
}

export interface ParsedGlossary {
  entries: GlossaryEntry[];
  errors: RowError[];
  /** Set when the whole file is unusable: nothing can be imported from it. */
  fatal?: GlossaryProblem;
}

export const MAX_GLOSSARY_BYTES = 10 * 1024 * 1024;
export const MAX_FIELD_CHARS = { name: 200, description: 2000, alias: 200, link: 2000 } as const;
export const ENTITY_TYPES: readonly EntityType[] = ['PERSON', 'PLACE', 'ORG', 'TERM'];
