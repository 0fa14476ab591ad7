/**
 * The content script is registered at run time instead of in the manifest, so
 * the browser itself leaves out the sites the reader switched off: there the
 * script is never injected and costs the page nothing. The script still reads
 * the switch on its own, so a site whose pattern the browser refuses, or a
 * registration not yet updated, only costs time and never shows highlights.
 */
import type { SiteSwitches } from '../settings/settings';

export const CONTENT_SCRIPT_ID = 'backstory-content';
/** Where the content script runs: the manifest's host permissions are these. */
export const CONTENT_MATCHES = ['http://*/*', 'https://*/*'];

/** A host name or IPv4 address as location.hostname gives it; anything else is never put in a pattern. */
const HOST = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/;

const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;

export interface ContentScriptFiles {
  js: string[];
  css: string[];
}

export interface RegisteredScript {
  id: string;
  matches?: string[];
  excludeMatches?: string[];
  js?: string[];
  css?: string[];
  runAt?: 'document_start' | 'document_end' | 'document_idle';
  persistAcrossSessions?: boolean;
}

export interface ScriptingLike {
  getRegisteredContentScripts(filter?: { ids?: string[] }): Promise<RegisteredScript[]>;
  registerContentScripts(scripts: RegisteredScript[]): Promise<unknown>;
  updateContentScripts(scripts: RegisteredScript[]): Promise<unknown>;
}

/** Match patterns for every site switched off, with and without the "www." the site key drops. */
export function excludedPatterns(switches: SiteSwitches): string[] {
  const patterns: string[] = [];
  for (const [site, on] of Object.entries(switches)) {
    if (on !== false || !HOST.test(site)) continue;
    patterns.push(`*://${site}/*`);
    // Browsers refuse "www." before an address, and an address has no "www." form anyway.
    if (!IPV4.test(site)) patterns.push(`*://www.${site}/*`);
  }
  return patterns;
}

/**
 * Registers the content script, or brings its registration up to date with
 * the switches. Calls must not overlap (two first registrations would clash
 * on the id): the caller chains them.
 */
export async function syncContentScript(
  scripting: ScriptingLike,
  files: ContentScriptFiles,
  switches: SiteSwitches,
): Promise<void> {
  const script: RegisteredScript = {
    id: CONTENT_SCRIPT_ID,
    matches: CONTENT_MATCHES,
    js: files.js,
    css: files.css,
    runAt: 'document_idle',
    persistAcrossSessions: true,
  };
  const existing = await scripting.getRegisteredContentScripts({ ids: [CONTENT_SCRIPT_ID] });
  const apply = (s: RegisteredScript) =>
    existing.length > 0 ? scripting.updateContentScripts([s]) : scripting.registerContentScripts([s]);
  const excludeMatches = excludedPatterns(switches);
  // The background starts often (every wake of a service worker): leave a registration that is already right.
  if (existing[0] && sameScript(existing[0], { ...script, excludeMatches })) return;
  try {
    // Always given, even empty: an update keeps any field it is not given, and so the old exclusions.
    await apply({ ...script, excludeMatches });
  } catch (error) {
    // One pattern the browser refuses must not cost every other site its highlights.
    await apply({ ...script, excludeMatches: [] });
    throw new Error(`switched-off sites stay injected (the script keeps them off itself): ${String(error)}`);
  }
}

const sameList = (a: string[] | undefined, b: string[] | undefined) =>
  (a ?? []).length === (b ?? []).length && (a ?? []).every((x, i) => x === b?.[i]);

function sameScript(a: RegisteredScript, b: RegisteredScript): boolean {
  return (
    sameList(a.matches, b.matches) &&
    sameList(a.excludeMatches, b.excludeMatches) &&
    sameList(a.js, b.js) &&
    sameList(a.css, b.css) &&
    a.runAt === b.runAt
  );
}

/** Sites whose switch went from off to on between two values of the setting. */
export function sitesSwitchedOn(before: SiteSwitches | undefined, after: SiteSwitches | undefined): string[] {
  return Object.keys(before ?? {}).filter((site) => before?.[site] === false && after?.[site] !== false);
}
