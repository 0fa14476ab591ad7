/**
 * Every stored setting, with its storage key, default, version and check, in
 * one file. Extension pages read and write them through WXT storage items
 * (store.ts); the content script only reads them (read-setting.ts),
 * which keeps the storage library out of its bundle.
 *
 * Small preferences follow the reader to other devices in storage.sync (8 KB
 * an item, and about 120 writes a minute); site switches and glossaries can
 * grow without bound, so they stay in storage.local.
 */
import type { Glossary } from '../glossary/glossary-model';
import { DWELL_MS } from '../highlight/hover-intent';
import { HIGHLIGHT_TYPES, type HighlightType } from '../model';
import { offSwitch, parseGlossaries, parseHiddenNames, parseSiteSwitches, parseTypeSwitches } from './checks';
import { ONLINE_LOOKUPS, WIKI_LANGUAGE } from './online';

export interface SettingSpec<T> {
  /** session: for extension pages and the background only (read-setting.ts reads local and sync). */
  key: `local:${string}` | `sync:${string}` | `session:${string}`;
  fallback: T;
  version: number;
  /**
   * What is stored may come from an older version, another device or a hand
   * edit: the usable part of it, or undefined for the fallback.
   */
  parse(raw: unknown): T | undefined;
}

/** A stored value made safe to use: anything unusable reads as the fallback, and nothing throws. */
export function parseSetting<T>(spec: SettingSpec<T>, raw: unknown): T {
  if (raw === undefined || raw === null) return spec.fallback;
  try {
    return spec.parse(raw) ?? spec.fallback;
  } catch {
    return spec.fallback;
  }
}

/** Sites the reader has switched, on or off, so the options page can list them; a site missing is on. */
export type SiteSwitches = Record<string, boolean>;
export const SITE_SWITCHES: SettingSpec<SiteSwitches> = {
  key: 'local:siteSwitches',
  fallback: {},
  version: 1,
  parse: parseSiteSwitches,
};

/** The key a site is remembered under: its host, without a leading "www.". */
export function siteKey(hostname: string): string {
  return hostname.toLowerCase().replace(/^www\./, '');
}

export function isSiteEnabled(switches: SiteSwitches, hostname: string): boolean {
  return switches[siteKey(hostname)] !== false;
}

export function withSite(switches: SiteSwitches, hostname: string, on: boolean): SiteSwitches {
  return { ...switches, [siteKey(hostname)]: on };
}

/** The reader's glossaries, whole, in import order. */
export const GLOSSARIES: SettingSpec<Glossary[]> = {
  key: 'local:glossaries',
  fallback: [],
  version: 1,
  parse: parseGlossaries,
};

/** Which types are highlighted; every type is, until the reader says otherwise. */
export type TypeSwitches = Record<HighlightType, boolean>;
const ALL_TYPES_ON = Object.fromEntries(HIGHLIGHT_TYPES.map((t) => [t, true])) as TypeSwitches;

export const HIGHLIGHTED_TYPES: SettingSpec<TypeSwitches> = {
  key: 'sync:highlightTypes',
  fallback: ALL_TYPES_ON,
  version: 1,
  parse: parseTypeSwitches,
};

/** What is painted; every mention opens its card whatever the style. A busy article has several names a line. */
export type HighlightStyle = 'underline' | 'first-mention' | 'tint';
export const HIGHLIGHT_STYLES: readonly HighlightStyle[] = ['underline', 'first-mention', 'tint'];
export const HIGHLIGHT_STYLE: SettingSpec<HighlightStyle> = {
  key: 'sync:highlightStyle',
  fallback: 'underline',
  version: 1,
  parse: (raw) => HIGHLIGHT_STYLES.find((s) => s === raw),
};

/** Below about 150 ms a pointer passing over a line opens cards; beyond 1.5 s a reader thinks hover is broken. */
export const DWELL_MIN_MS = 150;
export const DWELL_MAX_MS = 1500;
export const DWELL_STEP_MS = 50;

export const DWELL: SettingSpec<number> = {
  key: 'sync:dwellMs',
  fallback: DWELL_MS,
  version: 1,
  parse: (raw) =>
    typeof raw === 'number' && Number.isFinite(raw)
      ? Math.min(DWELL_MAX_MS, Math.max(DWELL_MIN_MS, Math.round(raw)))
      : undefined,
};

/** Paused, Backstory highlights nothing on any site, whatever each site's switch says. */
export const PAUSED = offSwitch('sync:paused');

/** Every setting kept in storage.sync, for the write limits and the tests that check them. */
export const SYNCED_SETTINGS = [
  HIGHLIGHTED_TYPES,
  HIGHLIGHT_STYLE,
  DWELL,
  PAUSED,
  ONLINE_LOOKUPS,
  WIKI_LANGUAGE,
] as const;
/** storage.sync refuses an item over 8 KB (QUOTA_BYTES_PER_ITEM = 8192, key included). */
export const SYNC_ITEM_BYTES = 8192;

/** Per site key (siteKey), the names the reader chose not to highlight there, as the card showed them. */
export type HiddenNames = Record<string, string[]>;

/** Local, not sync: a reader who hides names on many sites could pass sync's 8 KB per item. */
export const HIDDEN_NAMES: SettingSpec<HiddenNames> = {
  key: 'local:hiddenNames',
  fallback: {},
  version: 1,
  parse: parseHiddenNames,
};

export function hiddenOnSite(hidden: HiddenNames, hostname: string): string[] {
  return hidden[siteKey(hostname)] ?? [];
}

/** Hides a name on a site, or shows it again; a site with no hidden names left is dropped. Names compare as given. */
export function withHiddenName(hidden: HiddenNames, hostname: string, name: string, hide: boolean): HiddenNames {
  const site = siteKey(hostname);
  const others = (hidden[site] ?? []).filter((n) => n !== name);
  const names = hide ? [...others, name] : others;
  const next = { ...hidden };
  if (names.length > 0) next[site] = names;
  else delete next[site];
  return next;
}
