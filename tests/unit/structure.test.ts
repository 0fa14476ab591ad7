import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cardPages, isCardMessage } from '../../lib/background/card-pages';
import { CONTENT_MATCHES } from '../../lib/background/content-registration';
import { handleBackgroundMessage } from '../../lib/background/handle-message';
import { isSiteMessage, siteSettings } from '../../lib/background/site-settings';
import { isLookupMessage } from '../../lib/online/lookup-service';
import { type CardProtocol, parseCardMessage } from '../../lib/protocol/card';
import { type LookupProtocol, parseLookupMessage } from '../../lib/protocol/lookup';
import { packMentions } from '../../lib/protocol/packed-mentions';
import { parseTabMessage, type TabProtocol } from '../../lib/protocol/page';
import { parseSiteMessage, type SiteProtocol } from '../../lib/protocol/site';
import { type BackgroundProtocol, parseBackgroundMessage } from '../../lib/protocol/text';
import { loadReference } from '../../scripts/lib/load-reference';
import config from '../../wxt.config';
import { MANIFEST_SNAPSHOT, securityFields } from '../helpers/manifest-security';

// One sample request per message: the mapped types make the compiler insist
// that every message in the protocol has one.
const BACKGROUND_SAMPLES: { [K in keyof BackgroundProtocol]: BackgroundProtocol[K]['request'] } = {
  'text/detect': { texts: ['The political prisoner Maks Boqaev was freed in Atyrau.'] },
  'text/resolve': {
    mentions: packMentions([{ start: 0, end: 6, form: 'Atyrau', cue: 'PLACE', sentenceInitial: false }]),
  },
};
const TAB_SAMPLES: { [K in keyof TabProtocol]: TabProtocol[K]['request'] } = {
  'page/state': {},
  'page/reveal': { entityId: 'PLACE:atyrau' },
  'page/card': { action: 'next' },
};
const SITE_SAMPLES: { [K in keyof SiteProtocol]: SiteProtocol[K]['request'] } = {
  'site/hide-name': { name: 'Atyrau', hidden: true },
};

const LOOKUP_SAMPLES: { [K in keyof LookupProtocol]: LookupProtocol[K]['request'] } = {
  'lookup/name': { name: 'Maks Boqaev', type: 'PERSON', context: 'The activist Maks Boqaev was freed in Atyrau.' },
  'lookup/once': { name: 'Maks Boqaev', type: 'PERSON', context: 'The activist Maks Boqaev was freed in Atyrau.' },
  'lookup/offer': {},
  'lookup/waiting': {},
  'lookup/choose': { name: 'Maks Boqaev', choice: 'none' },
  'lookup/open': { lang: 'en', title: 'Max Bokayev' },
};

const CARD_SAMPLES: { [K in keyof CardProtocol]: CardProtocol[K]['request'] } = {
  'card/licences': {},
};

const SOURCE_DIRS = ['entrypoints', 'lib', 'components', 'hooks', 'scripts'];
/** Code that runs in the content script, beside the page's own scripts. */
const CONTENT_DIRS = ['entrypoints/content-script', 'lib', 'components/card'];
/**
 * Events the browser itself fires that content code may listen to; a page can fire any other name, so a new one
 * must be a browser event and be added here on purpose.
 */
const BROWSER_EVENTS = new Set([
  'abort',
  'currententrychange',
  'hashchange',
  'keydown',
  'pointercancel',
  'pointerdown',
  'pointermove',
  'pointerup',
  'popstate',
  'scroll',
  'selectionchange',
  // Fired on the lookup cache's own IndexedDB connection (lib/online/lookup-cache.ts), which no page can reach.
  'versionchange',
  'visibilitychange',
  'wheel',
]);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|mjs)$/.test(name) ? [path] : [];
  });
}

describe('the structure of the extension', () => {
  it('has a parser and a handler for every background message', () => {
    const context = { extensionId: 'me', reference: loadReference() };
    for (const [type, data] of Object.entries(BACKGROUND_SAMPLES)) {
      expect(parseBackgroundMessage({ type, data }).ok, type).toBe(true);
      expect(handleBackgroundMessage({ type, data }, { id: 'me' }, context).ok, type).toBe(true);
    }
  });

  it('has a parser for every message the content script answers', () => {
    for (const [type, data] of Object.entries(TAB_SAMPLES)) expect(parseTabMessage({ type, data }).ok, type).toBe(true);
  });

  it('has a parser and a handler for every site message, routed to it by its type', async () => {
    let stored = {};
    const store = {
      get: async () => stored,
      set: async (value: typeof stored) => {
        stored = value;
      },
    };
    const sender = { id: 'me', url: 'https://news.example/a', tab: { id: 1 } };
    for (const [type, data] of Object.entries(SITE_SAMPLES)) {
      expect(isSiteMessage({ type, data }), type).toBe(true);
      expect(parseSiteMessage({ type, data }).ok, type).toBe(true);
      expect((await siteSettings('me', store)({ type, data }, sender)).ok, type).toBe(true);
    }
  });

  it('has a parser for every lookup message, routed by its type (the handler: tests/unit/background/lookups)', () => {
    for (const [type, data] of Object.entries(LOOKUP_SAMPLES)) {
      expect(isLookupMessage({ type, data }), type).toBe(true);
      expect(parseLookupMessage({ type, data }).ok, type).toBe(true);
    }
  });

  it('has a parser and a handler for every card message, routed to it by its type', async () => {
    const opened: string[] = [];
    const handle = cardPages('me', async (url) => opened.push(url));
    const sender = { id: 'me', url: 'https://news.example/a', tab: { id: 1 } };
    for (const [type, data] of Object.entries(CARD_SAMPLES)) {
      expect(isCardMessage({ type, data }), type).toBe(true);
      expect(parseCardMessage({ type, data }).ok, type).toBe(true);
      expect((await handle({ type, data }, sender)).ok, type).toBe(true);
    }
    expect(opened).toHaveLength(Object.keys(CARD_SAMPLES).length);
  });

  // tests/build/manifest.test.ts checks the built manifests against the same snapshot.
  it.each(['chrome', 'firefox'] as const)('asks %s for no more than the security snapshot allows', async (browser) => {
    const manifestOf = config.manifest as (env: object) => Record<string, unknown>;
    const manifest = await manifestOf({ browser, manifestVersion: 3, mode: 'production', command: 'build' });
    // The content script is registered by the background where the host permissions allow, and listed nowhere.
    expect(securityFields(manifest)).toEqual(MANIFEST_SNAPSHOT[browser]);
    expect(MANIFEST_SNAPSHOT[browser].host_permissions).toEqual(CONTENT_MATCHES);
    expect('browser_specific_settings' in manifest).toBe(browser === 'firefox');
  });

  it('gives page script no way in: no window message, custom event or broadcast in content code', () => {
    const files = CONTENT_DIRS.flatMap(sourceFiles);
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      const code = readFileSync(file, 'utf8');
      // A MessageChannel of its own stays private to the content script; these reach, or are reached by, the page.
      expect(code, file).not.toMatch(/\b(window|win|self|globalThis|top|parent|opener)\.(postMessage|onmessage)\b/);
      expect(code, file).not.toMatch(/CustomEvent|dispatchEvent|BroadcastChannel/);
      for (const call of code.matchAll(/addEventListener\(\s*([^,)]*)/g)) {
        const type = /^['"]([^'"]+)['"]$/.exec((call[1] ?? '').trim())?.[1];
        expect(type && BROWSER_EVENTS.has(type) ? type : `${call[1]} in ${file}`).toBe(type);
      }
    }
  });

  it('renders no link or resource address in any component, so data never becomes an href', () => {
    for (const file of sourceFiles('components')) {
      expect(readFileSync(file, 'utf8'), file).not.toMatch(/\b(href|src|srcSet|action|formAction|poster|srcdoc)=/);
    }
  });

  it('uses no HTML sinks, eval or new Function, and imports browser only from wxt/browser', () => {
    const files = SOURCE_DIRS.flatMap(sourceFiles);
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      const code = readFileSync(file, 'utf8');
      expect(code, file).not.toMatch(/\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|\beval\(|new Function\(/);
      expect(code, file).not.toMatch(/from ['"](webextension-polyfill|@wxt-dev\/browser)['"]/);
      expect(code, file).not.toMatch(/import\s*\{[^}]*\bbrowser\b[^}]*\}\s*from\s*['"](?!wxt\/browser)/);
    }
  });

  // A file that grows past about 200 lines usually does two things: split it by feature into a folder.
  it('keeps entrypoints small and every source file under 200 lines', () => {
    for (const file of SOURCE_DIRS.flatMap(sourceFiles)) {
      const lines = readFileSync(file, 'utf8').split('\n').length;
      const limit = file.startsWith('entrypoints') ? 60 : 200;
      expect(lines, file).toBeLessThanOrEqual(limit);
    }
  });
});
