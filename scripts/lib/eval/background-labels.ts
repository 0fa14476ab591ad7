/**
 * The labels of the background eval: the names mentioned most across the
 * real pages of the devset, each with the reference entry that is right for
 * it (or null where the offline sources do not know it), and per page where
 * the same name means something else there. Labels only: no page text.
 */
import { readFileSync } from 'node:fs';
import type { EntityType } from '../../../lib/model';

/** The entry a card should show: its name and type, and for a place its country. */
export interface ExpectedEntry {
  name: string;
  type: EntityType;
  country?: string;
  /** A word of the right description, where two entries share name, type and country. */
  about?: string;
}

export interface NameLabel {
  name: string;
  /** Mentions across the pages when the list was made. */
  mentions: number;
  /** The right entry, or null: the offline sources do not know what this name means. */
  known: ExpectedEntry | null;
  /** Pages where the name means something else than `known`. */
  pages?: Record<string, ExpectedEntry | null>;
}

export interface BackgroundLabels {
  names: NameLabel[];
}

export function loadBackgroundLabels(path: string): BackgroundLabels {
  const raw = JSON.parse(readFileSync(path, 'utf8')) as Partial<BackgroundLabels>;
  if (!Array.isArray(raw.names)) throw new Error(`${path}: needs a "names" list`);
  raw.names.forEach((label, i) => {
    if (typeof label?.name !== 'string' || typeof label.mentions !== 'number' || label.known === undefined)
      throw new Error(`${path}: name ${i + 1} needs "name", "mentions" and "known"`);
  });
  return raw as BackgroundLabels;
}
