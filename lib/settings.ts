/**
 * Every stored setting, with its storage key, default and version, in one
 * file. Extension pages read and write them through WXT storage items
 * (settings-store.ts); the content script only reads them (read-setting.ts),
 * which keeps the storage library out of its bundle.
 */
import type { Glossary } from './glossary/glossary-model';

export interface SettingSpec<T> {
  key: `local:${string}` | `sync:${string}`;
  fallback: T;
  version: number;
}

/**
 * Sites the reader has switched. Only exceptions are stored: a site that is
 * missing is on, which is the default for every site.
 */
export type SiteSwitches = Record<string, boolean>;

export const SITE_SWITCHES: SettingSpec<SiteSwitches> = { key: 'local:siteSwitches', fallback: {}, version: 1 };

/** The key a site is remembered under: its host, without a leading "www.". */
export function siteKey(hostname: string): string {
  return hostname.toLowerCase().replace(/^www\./, '');
}

export function isSiteEnabled(switches: SiteSwitches, hostname: string): boolean {
  return switches[siteKey(hostname)] !== false;
}

export function withSite(switches: SiteSwitches, hostname: string, on: boolean): SiteSwitches {
  const next = { ...switches };
  if (on) delete next[siteKey(hostname)];
  else next[siteKey(hostname)] = false;
  return next;
}

/** The reader's glossaries, whole, in import order. */
export const GLOSSARIES: SettingSpec<Glossary[]> = { key: 'local:glossaries', fallback: [], version: 1 };

// ---- Names not highlighted on a site (the card's "Don't highlight <name> on this site"; added by the card work) ----

/** Per site key (siteKey), the names the reader chose not to highlight there, as the card showed them. */
export type HiddenNames = Record<string, string[]>;

/** Local, not sync: a reader who hides names on many sites could pass sync's 8 KB per item. */
export const HIDDEN_NAMES: SettingSpec<HiddenNames> = { key: 'local:hiddenNames', fallback: {}, version: 1 };

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
// ---- end of names not highlighted on a site ----
