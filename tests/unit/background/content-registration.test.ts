import { describe, expect, it } from 'vitest';
import {
  CONTENT_SCRIPT_ID,
  excludedPatterns,
  type RegisteredScript,
  type ScriptingLike,
  sitesSwitchedOn,
  syncContentScript,
} from '../../../lib/background/content-registration';

const FILES = { js: ['content-script.js'], css: ['assets/content-script.css'] };

/** The browser's registry of content scripts, refusing patterns the way it would refuse a bad one. */
function fakeScripting(refuse: (s: RegisteredScript) => boolean = () => false) {
  const registered = new Map<string, RegisteredScript>();
  const calls: string[] = [];
  const scripting: ScriptingLike = {
    getRegisteredContentScripts: async (filter) =>
      [...registered.values()].filter((s) => !filter?.ids || filter.ids.includes(s.id)),
    registerContentScripts: async (scripts) => {
      calls.push('register');
      for (const s of scripts) {
        if (registered.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
        if (refuse(s)) throw new Error('Invalid url pattern');
        registered.set(s.id, s);
      }
    },
    updateContentScripts: async (scripts) => {
      calls.push('update');
      for (const s of scripts) {
        if (!registered.has(s.id)) throw new Error('no such script');
        if (refuse(s)) throw new Error('Invalid url pattern');
        registered.set(s.id, { ...registered.get(s.id), ...s });
      }
    },
  };
  return { scripting, registered, calls };
}

describe('the run-time content script', () => {
  it('is registered once for every http and https page, then updated as sites are switched', async () => {
    const { scripting, registered, calls } = fakeScripting();
    await syncContentScript(scripting, FILES, {});
    expect(registered.get(CONTENT_SCRIPT_ID)).toMatchObject({
      matches: ['http://*/*', 'https://*/*'],
      js: FILES.js,
      css: FILES.css,
      runAt: 'document_idle',
    });
    expect(registered.get(CONTENT_SCRIPT_ID)?.excludeMatches).toEqual([]);

    await syncContentScript(scripting, FILES, { 'example.com': false, 'news.example.org': true });
    expect(calls).toEqual(['register', 'update']);
    expect(registered.get(CONTENT_SCRIPT_ID)?.excludeMatches).toEqual(['*://example.com/*', '*://www.example.com/*']);

    // Switched back on: the update must clear the exclusion, which an update without the field would keep.
    await syncContentScript(scripting, FILES, { 'example.com': true });
    expect(registered.get(CONTENT_SCRIPT_ID)?.excludeMatches).toEqual([]);
  });

  it('leaves a registration that is already right alone, as the background starts again and again', async () => {
    const { scripting, calls } = fakeScripting();
    await syncContentScript(scripting, FILES, { 'example.com': false });
    await syncContentScript(scripting, FILES, { 'example.com': false });
    expect(calls).toEqual(['register']);
    await syncContentScript(scripting, FILES, {});
    expect(calls).toEqual(['register', 'update']);
  });

  it('leaves out of the patterns any site key that is not a plain host name', () => {
    const patterns = excludedPatterns({
      'ok.example': false,
      '127.0.0.1': false,
      'evil.com/*, <all_urls>': false,
      '*.example.com': false,
      '': false,
      'UPPER.example': false,
    });
    expect(patterns).toEqual(['*://ok.example/*', '*://www.ok.example/*', '*://127.0.0.1/*']);
  });

  it('stays registered everywhere when the browser refuses an exclusion, and says so', async () => {
    const { scripting, registered } = fakeScripting((s) => (s.excludeMatches ?? []).length > 0);
    await expect(syncContentScript(scripting, FILES, { 'example.com': false })).rejects.toThrow(
      /switched-off sites stay injected/,
    );
    expect(registered.get(CONTENT_SCRIPT_ID)?.matches).toEqual(['http://*/*', 'https://*/*']);
    expect(registered.get(CONTENT_SCRIPT_ID)?.excludeMatches).toEqual([]);
  });

  it('names the sites switched back on, and only those', () => {
    expect(sitesSwitchedOn({ 'a.com': false, 'b.com': false }, { 'b.com': false })).toEqual(['a.com']);
    expect(sitesSwitchedOn({}, { 'a.com': false })).toEqual([]);
    expect(sitesSwitchedOn(undefined, {})).toEqual([]);
  });
});
