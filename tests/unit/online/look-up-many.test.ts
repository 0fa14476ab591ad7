/** An article's names looked up together: one shared wbgetentities batch, results in order, the cache first. */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { lookUpMany } from '../../../lib/online/look-up-many';
import { openLookupCache } from '../../../lib/online/lookup-cache';
import { createWikimediaClient } from '../../../lib/online/wikimedia-client';
import { fakeClock, fakeNetwork, wikimediaRoute } from '../../helpers/fake-wikimedia';

const ARTICLE = readFileSync(join(__dirname, '../../fixtures/corpus/01-kazakhstan-boqaev-land.txt'), 'utf8');
const PEOPLE = ['Nazarbaev', 'Qasym-Zhomart Toqaev', 'Maks Boqaev', 'John Smith', 'Max Bokayev', ''].map((name) => ({
  name,
  type: 'PERSON' as const,
}));

async function setUp() {
  const clock = fakeClock();
  const network = fakeNetwork();
  const client = createWikimediaClient({ ...clock, fetch: network.fetch, version: '1' });
  const cache = await openLookupCache({ indexedDB: new IDBFactory(), now: clock.now });
  return { network, client, deps: { client, cache, lang: 'en', now: clock.now } };
}

describe('looking up the names of one article together', () => {
  it('answers each name in order, one spelling of a name sharing the other spelling’s answer', async () => {
    const { deps } = await setUp();
    const results = await lookUpMany(PEOPLE, { text: ARTICLE }, deps);
    expect(results.map((r) => (r.kind === 'found' ? r.title : r.kind))).toEqual([
      'Nursultan Nazarbayev',
      'Kassym-Jomart Tokayev',
      'Max Bokayev',
      'ambiguous',
      'Max Bokayev',
      'failed',
    ]);
  });

  it('asks Wikidata for all the candidates in one batch, and nothing the second time', async () => {
    const { deps, network, client } = await setUp();
    await lookUpMany(PEOPLE, { text: ARTICLE }, deps);
    const gets = network.requests.filter(({ url }) => url.searchParams.get('action') === 'wbgetentities');
    expect(gets.map(({ url }) => url.searchParams.get('ids'))).toEqual([
      'Q8015|Q1519964|Q56221730|Q240541|Q30947353|Q228024|Q1374289|Q6259370|Q1701405',
    ]);
    // 7 searches (two spellings each for three names, one for John Smith), 1 batch, 3 summaries.
    expect(client.log.count()).toBe(11);
    const warm = await lookUpMany(PEOPLE, { text: ARTICLE }, deps);
    expect(client.log.count()).toBe(11);
    expect(warm.slice(0, 5).every((r) => r.kind !== 'failed' && r.fromCache)).toBe(true);
  });

  it('fails every name that needed the batch when the batch fails, and still returns in order', async () => {
    const clock = fakeClock();
    const network = fakeNetwork((url) =>
      url.searchParams.get('action') === 'wbgetentities' ? { status: 500, body: 'down' } : wikimediaRoute(url),
    );
    const client = createWikimediaClient({ ...clock, fetch: network.fetch, version: '1' });
    const results = await lookUpMany(PEOPLE.slice(0, 2), {}, { client, lang: 'en', now: clock.now });
    expect(results.map((r) => r.kind === 'failed' && r.reason)).toEqual(['http', 'http']);
    expect(network.requests.filter(({ url }) => url.searchParams.get('action') === 'wbgetentities')).toHaveLength(1);
  });
});
