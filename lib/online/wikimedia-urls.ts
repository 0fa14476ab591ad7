/**
 * Every address the online lookup requests is built here, from checked names,
 * language codes, item ids and titles. Nothing else may hand the client a URL,
 * so a response or a page can never steer a request to another host.
 */
import { QID } from './untrusted';

export const WIKIDATA_HOST = 'www.wikidata.org';
const WIKIDATA_API = `https://${WIKIDATA_HOST}/w/api.php`;

/** Names longer than this are not names; they would only make long, leaky URLs. */
export const MAX_NAME_LENGTH = 100;
/** MediaWiki's own limit on a title, in characters (it counts bytes; this is stricter only for ASCII). */
const MAX_TITLE_LENGTH = 255;
/** wbgetentities takes at most 50 ids per call for clients without the apihighlimits right. */
export const MAX_IDS_PER_CALL = 50;
export const SEARCH_LIMIT = 7;

// Wikipedia language codes: "en", "kk", "zh-yue", "be-tarask", and the one long exception "simple".
const LANG = /^(?:[a-z]{2,3}(?:-[a-z]{2,8})?|simple)$/;
const CONTROL = /\p{Cc}|\p{Cf}/u;
const TITLE_FORBIDDEN = /[#<>[\]{}|]|%[0-9A-Fa-f]{2}/;

export function isLang(lang: string): boolean {
  return LANG.test(lang);
}

/** The name as it may be sent, or undefined: trimmed, length-capped, with letters and no control characters. */
export function checkedName(name: string): string | undefined {
  if (typeof name !== 'string') return undefined;
  const trimmed = name.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (trimmed.length === 0 || trimmed.length > MAX_NAME_LENGTH) return undefined;
  if (CONTROL.test(trimmed) || !/\p{L}/u.test(trimmed)) return undefined;
  return trimmed;
}

export function checkedTitle(title: string): string | undefined {
  const trimmed = title.trim();
  if (trimmed.length === 0 || trimmed.length > MAX_TITLE_LENGTH) return undefined;
  if (CONTROL.test(trimmed) || TITLE_FORBIDDEN.test(trimmed) || trimmed.startsWith(':')) return undefined;
  return trimmed;
}

function wikidata(params: Record<string, string>): URL {
  const url = new URL(WIKIDATA_API);
  for (const [key, value] of Object.entries({ ...params, format: 'json', maxlag: '5' }))
    url.searchParams.set(key, value);
  return url;
}

export function searchEntitiesUrl(name: string, lang: string): URL | undefined {
  const search = checkedName(name);
  if (!search || !isLang(lang)) return undefined;
  return wikidata({
    action: 'wbsearchentities',
    search,
    language: lang,
    uselang: lang,
    type: 'item',
    limit: String(SEARCH_LIMIT),
  });
}

export function getEntitiesUrl(ids: readonly string[], lang: string): URL | undefined {
  if (ids.length === 0 || ids.length > MAX_IDS_PER_CALL || !isLang(lang)) return undefined;
  if (!ids.every((id) => QID.test(id))) return undefined;
  return wikidata({
    action: 'wbgetentities',
    ids: ids.join('|'),
    props: 'labels|descriptions|claims|sitelinks',
    languages: lang,
    languagefallback: '1',
    sitefilter: `${lang.replace(/-/g, '_')}wiki`,
  });
}

/** Titles in paths use underscores for spaces and percent-encode the rest, "/" included. */
function titlePath(title: string): string {
  return encodeURIComponent(title.replace(/ /g, '_'));
}

export function summaryUrl(title: string, lang: string): URL | undefined {
  const checked = checkedTitle(title);
  if (!checked || !isLang(lang)) return undefined;
  return new URL(`https://${lang}.wikipedia.org/api/rest_v1/page/summary/${titlePath(checked)}`);
}

export function extractsUrl(title: string, lang: string): URL | undefined {
  const checked = checkedTitle(title);
  if (!checked || !isLang(lang)) return undefined;
  const url = new URL(`https://${lang}.wikipedia.org/w/api.php`);
  const params = {
    action: 'query',
    prop: 'extracts|description|pageprops',
    ppprop: 'disambiguation',
    exintro: '1',
    explaintext: '1',
    redirects: '1',
    titles: checked,
    format: 'json',
    formatversion: '2',
  };
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
  return url;
}

/** The reader-facing article address. */
export function pageUrl(title: string, lang: string): string | undefined {
  const checked = checkedTitle(title);
  if (!checked || !isLang(lang)) return undefined;
  return `https://${lang}.wikipedia.org/wiki/${titlePath(checked)}`;
}

/** The last check before a request leaves: https, no credentials or port, and one of the two hosts. */
export function isAllowedRequest(url: URL): boolean {
  if (url.protocol !== 'https:' || url.username || url.password || url.port || url.hash) return false;
  if (url.hostname === WIKIDATA_HOST) return url.pathname === '/w/api.php';
  const lang = /^([a-z-]+)\.wikipedia\.org$/.exec(url.hostname)?.[1];
  return lang !== undefined && isLang(lang);
}
