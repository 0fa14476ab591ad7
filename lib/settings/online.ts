/**
 * The settings of online lookups (see settings.ts for the others): whether they
 * are on, in which Wikipedia language, the reader's "Not this one" choices, and
 * when the reader last asked to turn them on.
 */
import { QID } from '../online/untrusted';
import { isRecord } from '../protocol/schema';
import { offSwitch } from './checks';
import type { SettingSpec } from './settings';

/** Off until the reader turns it on, with the permissions, in the popup or the options page. */
export const ONLINE_LOOKUPS = offSwitch('sync:onlineLookups');

/** The Wikipedias a reader can choose; '' follows the browser's language. */
export const WIKI_LANGUAGES = [
  'ar',
  'de',
  'en',
  'es',
  'fa',
  'fr',
  'he',
  'it',
  'ja',
  'kk',
  'ko',
  'nl',
  'pl',
  'pt',
  'ru',
  'sv',
  'tr',
  'uk',
  'zh',
] as const;

export const WIKI_LANGUAGE: SettingSpec<string> = {
  key: 'sync:wikiLanguage',
  fallback: '',
  version: 1,
  parse: (raw) => (raw === '' || WIKI_LANGUAGES.some((l) => l === raw) ? (raw as string) : undefined),
};

/** The Wikipedia to ask: the chosen one, else the browser's language when it has one here, else English. */
export function wikiLanguage(chosen: string, uiLanguage: string): string {
  if (chosen) return chosen;
  const base = uiLanguage.toLowerCase().split(/[-_]/)[0] ?? '';
  return WIKI_LANGUAGES.find((l) => l === base) ?? 'en';
}

/** A chosen Wikidata item, or 'none' when the reader said none of them is the one. */
export type WikiChoice = string;
/** Per site key, per folded name: the reader's choice. */
export type WikiChoices = Record<string, Record<string, WikiChoice>>;

export const isWikiChoice = (v: unknown): v is WikiChoice => typeof v === 'string' && (v === 'none' || QID.test(v));

export function parseWikiChoices(raw: unknown): WikiChoices | undefined {
  if (!isRecord(raw)) return undefined;
  const sites: WikiChoices = {};
  for (const [site, names] of Object.entries(raw)) {
    if (site.length === 0 || site.length > 253 || !isRecord(names)) continue;
    const kept = Object.entries(names).filter(([name, v]) => name.length > 0 && name.length <= 200 && isWikiChoice(v));
    if (kept.length > 0) sites[site] = Object.fromEntries(kept) as Record<string, WikiChoice>;
  }
  return sites;
}

/** Local, not sync: it grows with every site the reader corrects a card on. */
export const WIKI_CHOICES: SettingSpec<WikiChoices> = {
  key: 'local:wikiChoices',
  fallback: {},
  version: 1,
  parse: parseWikiChoices,
};

export function withWikiChoice(choices: WikiChoices, site: string, name: string, choice: WikiChoice | null) {
  const names = { ...(choices[site] ?? {}) };
  if (choice) names[name] = choice;
  else delete names[name];
  const next = { ...choices, [site]: names };
  if (Object.keys(names).length === 0) delete next[site];
  return next;
}

/**
 * When (ms since the epoch) the reader last clicked to turn lookups on for every name, just before the browser's
 * permission prompt. In Firefox the popup may close while the prompt is up, before it hears the answer; the
 * background hears of the grant and turns lookups on only if this says the grant was for every name, not for one
 * name looked up from a card. In session storage: extension pages and the background, never content scripts.
 */
export const LOOKUPS_WANTED_AT: SettingSpec<number> = {
  key: 'session:lookupsWantedAt',
  fallback: 0,
  version: 1,
  parse: (raw) => (typeof raw === 'number' && Number.isFinite(raw) ? raw : undefined),
};

/** A permission prompt answered later than this after the click was not for that click. */
export const LOOKUPS_WANTED_FOR_MS = 5 * 60_000;

/** Whether a grant heard now answers the reader's click to turn lookups on for every name. */
export const grantTurnsLookupsOn = (wantedAt: number, now: number) =>
  wantedAt > 0 && now >= wantedAt && now - wantedAt <= LOOKUPS_WANTED_FOR_MS;
