/** Wikidata answers read defensively, items fetched 50 at a time, and the type check on claims. */
import { describe, expect, it } from 'vitest';
import { typeFit } from '../../../lib/online/type-check';
import { getItems, type ItemFacts, parseEntities } from '../../../lib/online/wikidata-entities';
import { parseSearch, searchEntities } from '../../../lib/online/wikidata-search';
import { createWikimediaClient } from '../../../lib/online/wikimedia-client';
import { fakeClock, fakeNetwork, fixture } from '../../helpers/fake-wikimedia';

const item = (instanceOf: string[], has: string[] = []): ItemFacts => ({
  qid: 'Q1',
  label: 'X',
  description: '',
  instanceOf,
  has: new Set(has),
});

describe('reading Wikidata', () => {
  it('reads search hits with the label or alias that matched', () => {
    const hits = parseSearch(fixture('search-nazarbayev'));
    expect(hits?.map((hit) => hit.qid)).toEqual(['Q8015', 'Q1519964', 'Q56221730', 'Q440531']);
    expect(hits?.[0]).toEqual({
      qid: 'Q8015',
      label: 'Nursultan Nazarbayev',
      description: '1st President of Kazakhstan (1990–2019)',
      matched: 'Nazarbayev',
    });
  });

  it('skips hits of the wrong shape and refuses answers that are not search answers', () => {
    const odd = {
      search: [{ id: 'javascript:alert(1)', label: 'x' }, { id: 'Q2', label: 'y'.repeat(5_000) }, 'Q3', null],
    };
    expect(parseSearch(odd)).toEqual([]);
    expect(parseSearch({ error: { code: 'x' } })).toBeUndefined();
    expect(parseSearch([])).toBeUndefined();
  });

  it('reads instance-of, telling properties and the sitelink of each item', () => {
    const items = parseEntities(fixture('entities-nazarbayev'), 'en') ?? [];
    const byId = Object.fromEntries(items.map((i) => [i.qid, i]));
    expect(byId.Q8015).toMatchObject({
      label: 'Nursultan Nazarbayev',
      instanceOf: ['Q5'],
      title: 'Nursultan Nazarbayev',
    });
    expect([...(byId.Q1519964?.has ?? [])].sort()).toEqual(['P159', 'P625']);
    expect(byId.Q56221730?.title).toBeUndefined();
  });

  it('skips missing items, deprecated statements and unusable titles', () => {
    const statement = (rank: string) => ({
      mainsnak: { snaktype: 'value', property: 'P31', datavalue: { value: { id: 'Q5' }, type: 'wikibase-entityid' } },
      rank,
    });
    const json = {
      entities: {
        Q9: { id: 'Q9', missing: '' },
        Q7: {
          id: 'Q7',
          claims: { P31: [statement('deprecated')] },
          sitelinks: { enwiki: { site: 'enwiki', title: 'A|B' } },
        },
      },
    };
    expect(parseEntities(json, 'en')).toEqual([
      { qid: 'Q7', label: 'Q7', description: '', instanceOf: [], has: new Set(), title: undefined },
    ]);
    expect(parseEntities({ entities: 'x' }, 'en')).toBeUndefined();
  });

  it('fetches items at most 50 at a time', async () => {
    const network = fakeNetwork();
    const client = createWikimediaClient({ ...fakeClock(), fetch: network.fetch, version: '1' });
    const ids = Array.from({ length: 120 }, (_, i) => `Q${i + 1}`);
    const reply = await getItems(client, ids, 'en', undefined);
    expect(reply.ok).toBe(true);
    const sizes = network.requests.map(({ url }) => url.searchParams.get('ids')?.split('|').length);
    expect(sizes).toEqual([50, 50, 20]);
  });

  it('says why a search failed instead of throwing', async () => {
    const network = fakeNetwork(() => ({ body: '<!doctype html><p>Wikimedia Error</p>' }));
    const client = createWikimediaClient({ ...fakeClock(), fetch: network.fetch, version: '1' });
    expect(await searchEntities(client, 'Max Bokayev', 'en')).toMatchObject({ ok: false, reason: 'malformed' });
    expect(await searchEntities(client, '\u0000', 'en')).toMatchObject({ ok: false, reason: 'invalid-input' });
  });
});

describe('the type check', () => {
  it('takes only humans (Q5) as people', () => {
    expect(typeFit(item(['Q5']), 'PERSON')).toBe('match');
    expect(typeFit(item(['Q3918'], ['P159']), 'PERSON')).toBe('mismatch');
    expect(typeFit(item([]), 'PERSON')).toBe('mismatch');
    expect(typeFit(item(['Q101352']), 'PERSON')).toBe('mismatch');
  });

  it('never takes a disambiguation page, category or name item for anything', () => {
    for (const type of ['PERSON', 'PLACE', 'ORG', 'TERM', 'NAME'] as const) {
      expect(typeFit(item(['Q4167410']), type)).toBe('mismatch');
      expect(typeFit(item(['Q202444', 'Q5']), type)).toBe('mismatch');
    }
  });

  it('takes places by coordinates or a place class, and organisations by class or headquarters', () => {
    expect(typeFit(item(['Q515']), 'PLACE')).toBe('match');
    expect(typeFit(item(['Q123456'], ['P625']), 'PLACE')).toBe('match');
    expect(typeFit(item(['Q123456']), 'PLACE')).toBe('unknown');
    expect(typeFit(item(['Q5']), 'PLACE')).toBe('mismatch');
    expect(typeFit(item(['Q7278']), 'ORG')).toBe('match');
    expect(typeFit(item(['Q123456'], ['P159']), 'ORG')).toBe('match');
    expect(typeFit(item(['Q6256']), 'ORG')).toBe('mismatch');
    expect(typeFit(item(['Q123456']), 'ORG')).toBe('unknown');
    expect(typeFit(item(['Q5']), 'NAME')).toBe('match');
    expect(typeFit(item(['Q5']), 'TERM')).toBe('mismatch');
  });
});
