/** The whole online lookup against a fake Wikimedia: right people, exact requests, cache, failures. */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { type LookupDeps, lookUp, peekLookup } from '../../../lib/online/look-up';
import { FOUND_TTL_MS, openLookupCache } from '../../../lib/online/lookup-cache';
import { createWikimediaClient } from '../../../lib/online/wikimedia-client';
import { fakeClock, fakeNetwork, fixture, type Route, wikimediaRoute } from '../../helpers/fake-wikimedia';

const ARTICLE = readFileSync(join(__dirname, '../../fixtures/corpus/01-kazakhstan-boqaev-land.txt'), 'utf8');
const CONTEXT = { text: ARTICLE, names: ['Kazakhstan', 'Atyrau', 'Amnesty International'] };

async function setUp(route: Route = wikimediaRoute) {
  const clock = fakeClock();
  const network = fakeNetwork(route);
  const client = createWikimediaClient({ ...clock, fetch: network.fetch, version: '0.1.0' });
  const cache = await openLookupCache({ indexedDB: new IDBFactory(), now: clock.now });
  const deps: LookupDeps = { client, cache, lang: 'en', now: clock.now };
  const urls = () => network.requests.map(({ url }) => decodeURIComponent(url.href));
  return { clock, network, client, cache, deps, urls };
}

describe('looking up a name online', () => {
  it.each([
    ['Nazarbaev', 'Q8015', 'Nursultan Nazarbayev'],
    ['Qasym-Zhomart Toqaev', 'Q240541', 'Kassym-Jomart Tokayev'],
    ['Maks Boqaev', 'Q30947353', 'Max Bokayev'],
  ])('finds %s as the right Wikipedia person', async (name, qid, title) => {
    const { deps } = await setUp();
    const result = await lookUp(name, 'PERSON', CONTEXT, deps);
    expect(result).toMatchObject({ kind: 'found', source: 'wikipedia', qid, title, fromCache: false, lang: 'en' });
    if (result.kind !== 'found') return;
    expect(result.confidence).toBe('high');
    expect(result.refreshedAt).toBe(deps.now());
  });

  it('sends only names, exactly these requests, and answers again from the cache with none', async () => {
    const { deps, urls, client } = await setUp();
    const result = await lookUp('Maks Boqaev', 'PERSON', CONTEXT, deps);
    expect(result).toMatchObject({ kind: 'found', confidence: 'high' });
    const wd = 'https://www.wikidata.org/w/api.php?action=wbsearchentities&search=';
    const tail = '&language=en&uselang=en&type=item&limit=7&format=json&maxlag=5';
    expect(urls()).toEqual([
      `${wd}Maks+Boqaev${tail}`,
      `${wd}Max+Bokayev${tail}`,
      'https://www.wikidata.org/w/api.php?action=wbgetentities&ids=Q30947353&props=labels|descriptions|claims|sitelinks&languages=en&languagefallback=1&sitefilter=enwiki&format=json&maxlag=5',
      'https://en.wikipedia.org/api/rest_v1/page/summary/Max_Bokayev',
    ]);
    const cold = client.log.count();
    expect(await lookUp('Maks Boqaev', 'PERSON', CONTEXT, deps)).toMatchObject({ kind: 'found', fromCache: true });
    expect(await lookUp('Max Bokayev', 'PERSON', CONTEXT, deps)).toMatchObject({ kind: 'found', fromCache: true });
    expect(client.log.count() - cold).toBe(0);
  });

  it('never puts article words or addresses in a request', async () => {
    const { deps, network } = await setUp();
    const context = { text: `${ARTICLE} https://news.example/secret-page`, names: ['SECRETNAME'] };
    for (const name of ['Nazarbaev', 'Qasym-Zhomart Toqaev', 'Maks Boqaev', 'John Smith'])
      await lookUp(name, 'PERSON', context, deps);
    for (const { url } of network.requests) {
      const sent = decodeURIComponent(url.href);
      expect(sent).not.toMatch(/secret|SECRETNAME|news\.example|Atyrau|activist|prisoner/i);
      expect(['www.wikidata.org', 'en.wikipedia.org']).toContain(url.hostname);
    }
  });

  it('measures the requests of a cold and a warm article', async () => {
    const { deps, client } = await setUp();
    const names = ['Nazarbaev', 'Qasym-Zhomart Toqaev', 'Maks Boqaev'];
    for (const name of names) await lookUp(name, 'PERSON', CONTEXT, deps);
    const cold = client.log.count();
    for (const name of names) await lookUp(name, 'PERSON', CONTEXT, deps);
    expect({ cold, warm: client.log.count() - cold }).toEqual({ cold: 12, warm: 0 });
  });

  it('asks the reader to choose when the context does not settle a common name', async () => {
    const { deps } = await setUp();
    const result = await lookUp('John Smith', 'PERSON', { text: 'John Smith said on Tuesday.' }, deps);
    expect(result).toMatchObject({ kind: 'ambiguous', fromCache: false });
    if (result.kind !== 'ambiguous') return;
    expect(result.candidates.map((c) => c.qid)).toEqual(['Q228024', 'Q1374289', 'Q6259370']);
    expect(result.candidates[1]).toEqual({
      qid: 'Q1374289',
      label: 'John Smith',
      description: 'British politician, Leader of the Labour Party (1938–1994)',
      title: 'John Smith (Labour Party leader)',
    });
  });

  it('offers the others when the chosen article turns out to be a disambiguation page', async () => {
    const { deps } = await setUp((url) =>
      url.pathname.endsWith('/John_Smith_(Labour_Party_leader)')
        ? { body: fixture('summary-john-smith-disambiguation') }
        : wikimediaRoute(url),
    );
    const result = await lookUp(
      'John Smith',
      'PERSON',
      { text: 'John Smith, the Labour Party leader and a British politician.' },
      deps,
    );
    expect(result.kind === 'ambiguous' && result.candidates.map((c) => c.qid)).toEqual(['Q228024', 'Q6259370']);
  });

  it('caches "not found" for a day only', async () => {
    const { deps, clock, client } = await setUp();
    expect(await lookUp('Nobody Atall', 'PERSON', {}, deps)).toMatchObject({ kind: 'not-found', fromCache: false });
    expect(await lookUp('Nobody Atall', 'PERSON', {}, deps)).toMatchObject({ kind: 'not-found', fromCache: true });
    const before = client.log.count();
    clock.advance(24 * 60 * 60 * 1000);
    expect(await lookUp('Nobody Atall', 'PERSON', {}, deps)).toMatchObject({ kind: 'not-found', fromCache: false });
    expect(client.log.count()).toBeGreaterThan(before);
  });

  it('answers a hover from the cache without the network, and returns the stale answer when refreshing fails', async () => {
    let offline = false;
    const { deps, clock, network } = await setUp((url) => (offline ? undefined : wikimediaRoute(url)));
    expect(await peekLookup('Maks Boqaev', 'PERSON', deps)).toBeUndefined();
    await lookUp('Maks Boqaev', 'PERSON', CONTEXT, deps);
    const sent = network.requests.length;
    expect(await peekLookup('Max Bokayev', 'PERSON', deps)).toMatchObject({ kind: 'found', fromCache: true });
    clock.advance(FOUND_TTL_MS);
    expect(await peekLookup('Max Bokayev', 'PERSON', deps)).toMatchObject({
      kind: 'failed',
      reason: 'not-refreshed',
      stale: { kind: 'found', refreshed: false },
    });
    expect(network.requests.length).toBe(sent);
    offline = true;
    const result = await lookUp('Maks Boqaev', 'PERSON', CONTEXT, deps);
    expect(result).toMatchObject({ kind: 'failed', stale: { kind: 'found', title: 'Max Bokayev', refreshed: false } });
  });
});

describe('looking up a name that is not only a person’s', () => {
  it('takes the planet for "Mercury" in a story about a space probe, and asks in a story that says nothing', async () => {
    const { deps } = await setUp();
    const text = 'The probe entered orbit around Mercury, the closest planet to the Sun, after a seven-year trip.';
    const result = await lookUp('Mercury', 'NAME', { text }, deps);
    expect(result).toMatchObject({ kind: 'found', qid: 'Q308', title: 'Mercury (planet)' });
    expect(result.kind === 'found' && result.runnersUp.map((c) => c.qid)).toEqual(['Q15869', 'Q925']);
    const vague = await lookUp('Mercury', 'TERM', { text: 'Mercury was mentioned.' }, deps);
    expect(vague.kind === 'ambiguous' && vague.candidates.map((c) => c.qid).sort()).toEqual(['Q308', 'Q925']);
  });
});
