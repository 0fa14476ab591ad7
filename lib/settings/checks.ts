/**
 * The checks every stored setting passes on read (see settings.ts): what is
 * stored may come from an older version, another device or a hand edit, so
 * each keeps the usable part and drops the rest.
 */
import type { Glossary } from '../glossary/glossary-model';
import { HIGHLIGHT_TYPES, type HighlightType } from '../model';
import { isRecord } from '../protocol/schema';
import type { SettingSpec } from './settings';

/** A host name is at most 253 characters; longer keys are not sites. */
const MAX_SITE_KEY = 253;
/** A name on a card is well under this; anything longer was not written by us. */
const MAX_NAME = 400;

/** A switch kept in storage.sync, off until the reader turns it on. */
export const offSwitch = (key: `sync:${string}`): SettingSpec<boolean> => ({
  key,
  fallback: false,
  version: 1,
  parse: (raw) => (typeof raw === 'boolean' ? raw : undefined),
});

const isSiteKey = (key: string) => key.length > 0 && key.length <= MAX_SITE_KEY;

export function parseSiteSwitches(raw: unknown): Record<string, boolean> | undefined {
  if (!isRecord(raw)) return undefined;
  return Object.fromEntries(
    Object.entries(raw).filter((pair): pair is [string, boolean] => typeof pair[1] === 'boolean' && isSiteKey(pair[0])),
  );
}

export function parseHiddenNames(raw: unknown): Record<string, string[]> | undefined {
  if (!isRecord(raw)) return undefined;
  const sites = Object.entries(raw).filter(([site, names]) => isSiteKey(site) && Array.isArray(names));
  return Object.fromEntries(
    sites.map(([site, names]) => [
      site,
      (names as unknown[]).filter((n): n is string => typeof n === 'string' && n.length > 0 && n.length <= MAX_NAME),
    ]),
  );
}

const isEntry = (e: unknown) =>
  isRecord(e) && typeof e.name === 'string' && typeof e.type === 'string' && typeof e.description === 'string';
const isGlossary = (g: unknown): g is Glossary =>
  isRecord(g) &&
  typeof g.id === 'string' &&
  typeof g.name === 'string' &&
  typeof g.importedAt === 'number' &&
  Array.isArray(g.entries);

export function parseGlossaries(raw: unknown): Glossary[] | undefined {
  return Array.isArray(raw)
    ? raw.filter(isGlossary).map((g) => ({ ...g, entries: g.entries.filter(isEntry) }))
    : undefined;
}

/** Type by type: one bad value costs that type its choice, not the others theirs. */
export function parseTypeSwitches(raw: unknown): Record<HighlightType, boolean> | undefined {
  if (!isRecord(raw)) return undefined;
  return Object.fromEntries(HIGHLIGHT_TYPES.map((t) => [t, typeof raw[t] === 'boolean' ? raw[t] : true])) as Record<
    HighlightType,
    boolean
  >;
}
