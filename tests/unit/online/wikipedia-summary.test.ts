/** Article summaries: REST first, the Action API as fallback, and plain text whatever arrives. */
import { describe, expect, it } from 'vitest';
import { createWikimediaClient } from '../../../lib/online/wikimedia-client';
import { fetchSummary, parseActionExtract, parseRestSummary } from '../../../lib/online/wikipedia-summary';
import { fakeClock, fakeNetwork, fixture, type Route, wikimediaRoute } from '../../helpers/fake-wikimedia';

const clientFor = (route: Route) => {
  const network = fakeNetwork(route);
  return { client: createWikimediaClient({ ...fakeClock(), fetch: network.fetch, version: '1' }), network };
};

describe('reading Wikipedia summaries', () => {
  it('reads a standard summary: canonical title, description and plain extract, and keeps no image', () => {
    const reply = parseRestSummary(200, fixture('summary-kassym-jomart-tokayev'));
    expect(reply).toEqual({
      ok: true,
      kind: 'standard',
      summary: {
        title: 'Kassym-Jomart Tokayev',
        description: 'President of Kazakhstan since 2019',
        extract: expect.stringMatching(/^Kassym-Jomart Kemeluly Tokayev is a Kazakh politician/),
      },
    });
  });

  it('takes the title after a redirect from titles.canonical', () => {
    const redirected = { ...fixture('summary-nursultan-nazarbayev'), title: 'Nazarbayev' };
    const reply = parseRestSummary(200, redirected);
    expect(reply.ok && reply.kind === 'standard' && reply.summary.title).toBe('Nursultan Nazarbayev');
  });

  it('recognises disambiguation pages and the 404 problem answer', () => {
    expect(parseRestSummary(200, fixture('summary-john-smith-disambiguation'))).toEqual({
      ok: true,
      kind: 'disambiguation',
    });
    expect(parseRestSummary(404, fixture('summary-not-found'))).toEqual({ ok: true, kind: 'not-found' });
  });

  it('turns HTML and script in an extract into plain text and never reads extract_html', () => {
    const hostile = {
      ...fixture('summary-max-bokayev'),
      extract: 'Max <b>Bokayev</b> <script>alert("x")</script>is an <img src=x onerror=alert(1)>activist &amp; writer.',
      extract_html: '<p onclick="alert(1)">EXTRACT_HTML</p>',
      description: '<i>Kazakh</i> activist\u202E',
      thumbnail: { source: 'javascript:alert(1)', width: 1, height: 1 },
    };
    const reply = parseRestSummary(200, hostile);
    if (!reply.ok || reply.kind !== 'standard') throw new Error('expected a summary');
    expect(reply.summary.extract).toBe('Max Bokayev is an activist & writer.');
    expect(reply.summary.description).toBe('Kazakh activist');
    expect(reply.summary).not.toHaveProperty('thumbnail');
    expect(JSON.stringify(reply)).not.toMatch(/EXTRACT_HTML|<|javascript:/);
  });

  it('cuts long extracts at a word and refuses huge or wrongly typed fields', () => {
    const long = parseRestSummary(200, { ...fixture('summary-max-bokayev'), extract: 'word '.repeat(1_000) });
    expect(long.ok && long.kind === 'standard' && long.summary.extract).toMatch(/^word.{1,1200}…$/s);
    const huge = parseRestSummary(200, { ...fixture('summary-max-bokayev'), extract: 'x'.repeat(200_000) });
    expect(huge.ok && huge.kind === 'standard' && huge.summary.extract).toBe('');
    expect(parseRestSummary(200, { type: 'standard', title: 42 })).toMatchObject({ ok: false, reason: 'malformed' });
    expect(parseRestSummary(200, [1, 2])).toMatchObject({ ok: false, reason: 'malformed' });
  });

  it('reads Action API extracts, following redirects, and their missing pages', () => {
    const reply = parseActionExtract(fixture('action-extract-redirect'));
    expect(reply.ok && reply.kind === 'standard' && reply.summary.title).toBe('Nursultan Nazarbayev');
    expect(parseActionExtract(fixture('action-extract-missing'))).toEqual({ ok: true, kind: 'not-found' });
    expect(parseActionExtract({ query: { pages: [{ title: 'X', pageprops: { disambiguation: '' } }] } })).toEqual({
      ok: true,
      kind: 'disambiguation',
    });
  });
});

describe('fetching a summary', () => {
  it('asks REST once when it answers', async () => {
    const { client, network } = clientFor(wikimediaRoute);
    const reply = await fetchSummary(client, 'Max Bokayev', 'en');
    expect(reply).toMatchObject({ ok: true, kind: 'standard' });
    expect(network.requests.map(({ url }) => url.href)).toEqual([
      'https://en.wikipedia.org/api/rest_v1/page/summary/Max_Bokayev',
    ]);
  });

  it('falls back to the Action API when REST fails, but not when REST says not found', async () => {
    const { client, network } = clientFor((url) =>
      url.pathname.startsWith('/api/rest_v1/')
        ? { status: 503, body: 'upstream connect error' }
        : { body: fixture('action-extract-nazarbayev') },
    );
    const reply = await fetchSummary(client, 'Nursultan Nazarbayev', 'en');
    expect(reply.ok && reply.kind === 'standard' && reply.summary.extract).toMatch(/first President of Kazakhstan/);
    expect(network.requests.map(({ url }) => url.pathname)).toEqual([
      '/api/rest_v1/page/summary/Nursultan_Nazarbayev',
      '/w/api.php',
    ]);
    const missing = clientFor(wikimediaRoute);
    expect(await fetchSummary(missing.client, 'Nobody Atall', 'en')).toEqual({ ok: true, kind: 'not-found' });
    expect(missing.network.requests).toHaveLength(1);
  });
});
