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
