/**
 * Online lookups in real Chromium, with Wikipedia and Wikidata answered on this machine from the fixtures in
 * tests/fixtures/wikimedia (through the same stand-in the unit tests use).
 *
 * Interception: the lookups are fetched by the extension's service worker, not by the page. Playwright's
 * context.route sees a service worker's requests in Chromium (its service-worker network events are on by
 * default in this Playwright), so one context route answers them; every request it sees is recorded, URL and
 * body, and checked to carry only names. Anything a route missed would still reach the harness's own request
 * log (outsideRequests), which the tests also check.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DWELL_MIN_MS } from '../../lib/settings/settings';
import { allHighlighted, mentionCenter, waitForHighlights } from '../../scripts/browser/page-probes';
import { routeWikimedia, type SeenRequest, WIKIMEDIA } from '../helpers/route-wikimedia';
import { cardProbe } from './support/card-probe';
import { type Harness, openPopup, startHarness, tabIdOf } from './support/extension-fixture';
import { visit } from './support/kept-tabs';
import { resetSettings, setDwell } from './support/settings-pages';

const ARTICLE = 'kazakhstan-activist.html';

/**
 * The fixtures hold the search for the surname; Wikidata finds the full name ("Nursultan Nazarbayev", the name the
 * offline data gives the entity) with the same item, so it is answered with the same recording.
 */
function asRecorded(url: URL): URL {
  if (url.searchParams.get('search') === 'Nursultan Nazarbayev') url.searchParams.set('search', 'Nazarbayev');
  return url;
}

let harness: Harness;
const seen: SeenRequest[] = [];

beforeAll(async () => {
  harness = await startHarness();
  await routeWikimedia(harness.browser.context, seen, asRecorded);
});

afterAll(async () => {
  await harness?.close();
});

async function cardText(page: Page): Promise<string> {
  const snap = await (await cardProbe(page)).snapshot();
  return (snap?.html ?? '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
}

async function hover(page: Page, text: string): Promise<void> {
  await page.mouse.move(1, 1);
  await page.keyboard.press('Escape');
  // The card of the name before must be gone first, or its answer would pass for this name's.
  const probe = await cardProbe(page);
  await expect.poll(() => probe.read(), { timeout: 5000 }).toBeNull();
  const point = await mentionCenter(page, text);
  await page.mouse.move(point.x, point.y, { steps: 4 });
}

/** A fresh copy of the article, in the file's one article tab (kept-tabs.ts). */
async function openArticle(): Promise<Page> {
  const page = await visit(harness, harness.server.url(ARTICLE));
  await waitForHighlights(page);
  return page;
}

const HOVERED = ['Boqaev', 'Nazarbaev', 'Toqaev', 'Atyrau'];

describe('online lookups', () => {
  it('sends nothing to Wikimedia while turned off, through a whole article of hovers', async () => {
    await resetSettings(harness);
    await setDwell(harness, DWELL_MIN_MS);
    const page = await openArticle();
    for (const name of HOVERED) {
      await hover(page, name);
      await expect.poll(() => cardText(page), { timeout: 5000 }).toContain(name.slice(0, 4));
    }
    await page.waitForTimeout(500);
    expect(await cardText(page)).not.toContain('Wikipedia (CC BY-SA');
    expect(seen).toEqual([]);
    expect(harness.outsideRequests.filter((u) => WIKIMEDIA.test(u))).toEqual([]);
    console.log(`online lookups off: ${seen.length} requests to Wikimedia for ${ARTICLE}`);
  });

  it('turned on from the popup, sends only names and shows the right person, then answers from the cache', async () => {
    const page = await openArticle();
    const popup = await openPopup(harness, await tabIdOf(harness, page));
    await popup.getByText('Backstory will send the names it finds (never the page text or address)').waitFor();
    await popup.getByRole('button', { name: 'Turn on Wikipedia lookups' }).click();
    await popup.getByRole('button', { name: 'Turn on Wikipedia lookups' }).waitFor({ state: 'detached' });

    await page.bringToFront();
    await hover(page, 'Boqaev');
    await expect.poll(() => cardText(page), { timeout: 15_000 }).toContain('Source: Wikipedia (CC BY-SA 4.0)');
    const text = await cardText(page);
    expect(text).toContain('Max Bokayev');
    expect(text).toContain('Read on Wikipedia');
    const cold = seen.length;
    expect(cold).toBeGreaterThan(0);

    // Only names: no request carries the page's address, its host or words of the article around the name.
    const pageText = await page.evaluate(() => document.body.textContent ?? '');
    const sentences = pageText
      .replace(/\s+/g, ' ')
      .split(/(?<=[.!?])\s+/)
      .filter((s) => s.length > 40);
    for (const { url, body, agent } of seen) {
      expect(agent).toMatch(/^Backstory\/\d+\.\d+\.\d+ /);
      const sent = decodeURIComponent(`${url} ${body ?? ''}`);
      expect(sent).not.toContain('127.0.0.1');
      expect(sent).not.toContain(ARTICLE);
      for (const sentence of sentences) expect(sent).not.toContain(sentence.slice(0, 40));
      expect(sent).not.toMatch(/activist|prisoner|Atyrau/i);
    }

    // The same name in a fresh copy of the article: answered from the IndexedDB cache, no request.
    const again = await openArticle();
    await hover(again, 'Boqaev');
    await expect.poll(() => cardText(again), { timeout: 10_000 }).toContain('Source: Wikipedia (CC BY-SA 4.0)');
    expect(seen.length).toBe(cold);
    for (const name of ['Nazarbaev', 'Toqaev']) {
      await hover(again, name);
      await expect.poll(() => cardText(again), { timeout: 15_000 }).toContain('Source: Wikipedia (CC BY-SA 4.0)');
    }
    const allCold = seen.length;
    const warmPage = await openArticle();
    for (const name of ['Boqaev', 'Nazarbaev', 'Toqaev']) {
      await hover(warmPage, name);
      await expect.poll(() => cardText(warmPage), { timeout: 10_000 }).toContain('Source: Wikipedia (CC BY-SA 4.0)');
    }
    expect(seen.length).toBe(allCold);
    console.log(
      `online lookups on, ${ARTICLE}: Boqaev cold ${cold} requests; Boqaev+Nazarbaev+Toqaev cold ${allCold}, warm ${seen.length - allCold}`,
    );
    console.log(seen.map((s) => s.url).join('\n'));
  });

  it('counts the requests for every name of the article, cold and then warm', async () => {
    // A cold cache: deleted as the options page's Clear cache does it; the background lets go of it.
    const worker = await harness.browser.worker();
    await worker.evaluate(
      () =>
        new Promise<void>((done) => {
          const request = indexedDB.deleteDatabase('backstory-lookups');
          request.onsuccess = () => done();
          request.onerror = () => done();
        }),
    );
    const answered = /Wikipedia \(CC BY-SA|Wikipedia has no article|could not be reached|does the article mean/;
    /** Hovers each name until its card has an answer; returns the names whose lookup failed. */
    const hoverAll = async (page: Page, texts?: string[]) => {
      const failed: string[] = [];
      for (const text of texts ?? [...new Set(await allHighlighted(page))]) {
        await hover(page, text);
        await expect.poll(() => cardText(page), { timeout: 15_000 }).toMatch(answered);
        if (/could not be reached/.test(await cardText(page))) failed.push(text);
      }
      return failed;
    };
    const before = seen.length;
    const cold = await openArticle();
    // A failure is not stored, so it is asked again later; on a busy machine a request may time out: those names
    // are asked again until every name has a stored answer, and only then is the warm pass counted.
    let failed = await hoverAll(cold);
    for (let round = 0; failed.length > 0 && round < 3; round++) failed = await hoverAll(cold, failed);
    expect(failed).toEqual([]);
    const coldCount = seen.length - before;
    const warm = await openArticle();
    await hoverAll(warm);
    const warmCount = seen.length - before - coldCount;
    const names = new Set(await allHighlighted(warm)).size;
    console.log(`${ARTICLE}, every highlighted form hovered (${names}): cold ${coldCount} requests, warm ${warmCount}`);
    // Which name the warm pass asked for, when it asked: this failed once in a quiet run, cause not yet known.
    for (const { url } of seen.slice(before + coldCount)) console.log(`warm request: ${decodeURIComponent(url)}`);
    expect(coldCount).toBeGreaterThan(0);
    expect(warmCount).toBe(0);
  }, 150_000);
});
