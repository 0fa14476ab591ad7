/** The background's lookup handler against a fake Wikimedia: nothing sent while off, cache first, names only. */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { openLookupCache } from '../../../lib/online/lookup-cache';
import { lookupService } from '../../../lib/online/lookup-service';
import { TabSignals } from '../../../lib/online/tab-signals';
import { createWikimediaClient } from '../../../lib/online/wikimedia-client';
import type { WikiChoices } from '../../../lib/settings/online';
import { fakeClock, fakeNetwork } from '../../helpers/fake-wikimedia';

const SENDER = { id: 'me', url: 'https://www.news.example/story?id=7', tab: { id: 3 } };
const CONTEXT = 'Land activist Maks Boqaev, jailed in Atyrau, Kazakhstan, after the protests of 2016.';
const ask = (name = 'Maks Boqaev', context = CONTEXT) => ({
  type: 'lookup/name',
  data: { name, type: 'PERSON', context },
});

async function setUp(on = true) {
  const clock = fakeClock();
  const network = fakeNetwork();
  const cache = await openLookupCache({ indexedDB: new IDBFactory(), now: clock.now });
  const state = {
    on,
    choices: {} as WikiChoices,
    opened: [] as string[],
    onReads: 0,
    /** The browser's answer when the permission is asked for, and every ask. */
    allow: true,
    asked: [] as [string, number][],
    lookupsPages: [] as number[],
  };
  const handle = lookupService({
    extensionId: 'me',
    isOn: async () => {
      state.onReads++;
      return state.on;
    },
    lang: async () => 'en',
    cache: async () => cache,
    choices: {
      get: async () => state.choices,
      set: async (value) => {
        state.choices = value;
      },
    },
    client: createWikimediaClient({ ...clock, fetch: network.fetch, version: '1.2.3' }),
    signals: new TabSignals(),
    openTab: async (url) => state.opened.push(url),
    permission: {
      ask: async (name, tabId) => {
        state.asked.push([name, tabId]);
        return state.allow;
      },
    },
    openLookupsPage: async (tabId) => state.lookupsPages.push(tabId),
    now: clock.now,
  });
  return { handle, network, state };
}

describe('the background answering lookups', () => {
  it('sends nothing while lookups are off, and says "off", which is not "not found"', async () => {
    const { handle, network } = await setUp(false);
    expect(await handle(ask(), SENDER)).toEqual({ ok: true, data: { status: 'off' } });
    expect(await handle(ask('Nobody Atall'), SENDER)).toEqual({ ok: true, data: { status: 'off' } });
    expect(network.requests).toEqual([]);
  });

  it('reads the setting at every request: turned off, the next lookup sends nothing', async () => {
    const { handle, network, state } = await setUp(true);
    expect((await handle(ask(), SENDER)).ok).toBe(true);
    const sent = network.requests.length;
    state.on = false;
    expect(await handle(ask('Nursultan Nazarbayev'), SENDER)).toEqual({ ok: true, data: { status: 'off' } });
    expect(network.requests.length).toBe(sent);
    expect(state.onReads).toBe(2);
  });

  it('answers with the article when on, with names and the header but never the context or the page', async () => {
    const { handle, network } = await setUp(true);
    const reply = await handle(ask(), SENDER);
    expect(reply).toMatchObject({
      ok: true,
      data: { status: 'found', title: 'Max Bokayev', qid: 'Q30947353', lang: 'en', stale: false },
    });
    expect(network.requests.length).toBeGreaterThan(0);
    for (const { url, init } of network.requests) {
      const sent = decodeURIComponent(url.href);
      for (const word of ['activist', 'jailed', 'Atyrau', 'protests', 'news.example', 'story']) {
        expect(sent).not.toContain(word);
      }
      expect(init.body).toBeUndefined();
      expect((init.headers as Record<string, string>)['Api-User-Agent']).toMatch(/^Backstory\/1\.2\.3 /);
    }
  });

  it('answers a second hover from the cache without a request', async () => {
    const { handle, network } = await setUp(true);
    await handle(ask(), SENDER);
    const sent = network.requests.length;
    expect(await handle(ask('Max Bokayev'), SENDER)).toMatchObject({ data: { status: 'found', title: 'Max Bokayev' } });
    expect(network.requests.length).toBe(sent);
  });

  it('remembers "Not this one" per site and name, and honours it', async () => {
    const { handle, state } = await setUp(true);
    expect(await handle({ type: 'lookup/choose', data: { name: 'Maks Boqaev', choice: 'none' } }, SENDER)).toEqual({
      ok: true,
      data: {},
    });
    expect(state.choices).toEqual({ 'news.example': { 'maks boqaev': 'none' } });
    expect(await handle(ask(), SENDER)).toEqual({ ok: true, data: { status: 'none' } });
    const elsewhere = { ...SENDER, url: 'https://other.example/' };
    expect(await handle(ask(), elsewhere)).toMatchObject({ data: { status: 'found' } });
    await handle({ type: 'lookup/choose', data: { name: 'Maks Boqaev', choice: null } }, SENDER);
    expect(state.choices).toEqual({});
  });

  it('opens the article it builds from the language and title, and nothing else', async () => {
    const { handle, state } = await setUp(true);
    await handle({ type: 'lookup/open', data: { lang: 'en', title: 'Max Bokayev' } }, SENDER);
    expect(state.opened).toEqual(['https://en.wikipedia.org/wiki/Max_Bokayev']);
    const evil = await handle({ type: 'lookup/open', data: { lang: 'en', title: 'x#<script>' } }, SENDER);
    expect(evil.ok).toBe(false);
    expect(state.opened).toHaveLength(1);
  });

  it('refuses other senders, extension pages for lookups, and malformed messages', async () => {
    const { handle, network } = await setUp(true);
    expect((await handle(ask(), { ...SENDER, id: 'other' })).ok).toBe(false);
    expect((await handle(ask(), { id: 'me', url: 'chrome-extension://me/popup.html' })).ok).toBe(false);
    expect((await handle({ type: 'lookup/name', data: { name: 'X', type: 'PERSON' } }, SENDER)).ok).toBe(false);
    expect(network.requests).toEqual([]);
  });
});

const once = (name = 'Maks Boqaev') => ({ type: 'lookup/once', data: { name, type: 'PERSON', context: CONTEXT } });

describe("the background answering a card's one-name lookup", () => {
  it('looks that one name up while lookups are off, and nothing else after it', async () => {
    const { handle, network, state } = await setUp(false);
    expect(await handle(once(), SENDER)).toMatchObject({ ok: true, data: { status: 'found', title: 'Max Bokayev' } });
    expect(state.asked).toEqual([['Maks Boqaev', 3]]);
    const searched = network.requests.map((r) => r.url.searchParams.get('search')).filter(Boolean);
    expect(searched.length).toBeGreaterThan(0);
    for (const name of searched) expect(['Maks Boqaev', 'Max Bokayev', 'Maks Bokayev']).toContain(name);
    for (const { url } of network.requests) expect(decodeURIComponent(url.href)).not.toMatch(/activist|Atyrau|news/);
    // The click was for that name: another one, hovered after it, is not sent.
    const sent = network.requests.length;
    expect(await handle(ask('Nursultan Nazarbayev'), SENDER)).toEqual({ ok: true, data: { status: 'off' } });
    expect(network.requests.length).toBe(sent);
  });

  it('sends nothing when the reader or the browser refuses the permission', async () => {
    const { handle, network, state } = await setUp(false);
    state.allow = false;
    expect(await handle(once(), SENDER)).toEqual({ ok: true, data: { status: 'denied' } });
    expect(network.requests).toEqual([]);
  });

  it('answers from the cache without asking for anything', async () => {
    const { handle, network, state } = await setUp(false);
    await handle(once(), SENDER);
    const sent = network.requests.length;
    state.asked = [];
    expect(await handle(once(), SENDER)).toMatchObject({ data: { status: 'found' } });
    expect(state.asked).toEqual([]);
    expect(network.requests.length).toBe(sent);
  });

  it('takes the one-name lookup and the offer only from a web page, with a valid name', async () => {
    const { handle, network, state } = await setUp(false);
    const page = { id: 'me', url: 'chrome-extension://me/popup.html' };
    expect((await handle(once(), page)).ok).toBe(false);
    expect((await handle(once(), { ...SENDER, id: 'other' })).ok).toBe(false);
    expect((await handle(once(' '), SENDER)).ok).toBe(false);
    expect((await handle(once('x'.repeat(101)), SENDER)).ok).toBe(false);
    expect((await handle({ ...once(), data: { ...once().data, url: 'https://evil.example' } }, SENDER)).ok).toBe(false);
    expect((await handle({ type: 'lookup/offer', data: {} }, page)).ok).toBe(false);
    expect((await handle({ type: 'lookup/offer', data: { url: 'x' } }, SENDER)).ok).toBe(false);
    expect(state.asked).toEqual([]);
    expect(state.lookupsPages).toEqual([]);
    expect(network.requests).toEqual([]);
  });

  it('takes the lookups page’s "still waiting" and does nothing with it', async () => {
    const { handle, network, state } = await setUp(false);
    const page = { id: 'me', url: 'chrome-extension://me/lookups.html?name=Maks%20Boqaev', tab: { id: 9 } };
    expect(await handle({ type: 'lookup/waiting', data: {} }, page)).toEqual({ ok: true, data: {} });
    expect((await handle({ type: 'lookup/waiting', data: { name: 'x' } }, page)).ok).toBe(false);
    expect(network.requests).toEqual([]);
    expect([state.asked, state.lookupsPages, state.opened]).toEqual([[], [], []]);
  });

  it('opens the lookups page beside the tab the offer came from', async () => {
    const { handle, state } = await setUp(false);
    expect(await handle({ type: 'lookup/offer', data: {} }, SENDER)).toEqual({ ok: true, data: {} });
    expect(state.lookupsPages).toEqual([3]);
  });
});
