/**
 * Pages that change after they load: a single-page app that moves between
 * stories with history.pushState, and a live blog that adds, edits and
 * removes posts. Reads of the page are seen as the term lookups the content
 * script sends the background; its watchers as the MutationObservers alive in
 * its isolated world.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allHighlighted, mentionCenter, waitForHighlights } from '../../scripts/browser/page-probes';
import { cardProbe } from './support/card-probe';
import { observerCounter, ourRanges, pageState, recordReads, setSiteSwitches } from './support/content-probes';
import { type Harness, openPopup, startHarness, tabIdOf } from './support/extension-fixture';
import { visit } from './support/kept-tabs';

const SPA = 'spa-news.html';
const LIVE = 'live-blog.html';
const NEW_POST =
  'In Porto, supporters of Pedro Nuno Santos gathered outside the party headquarters as the first projections put the Socialists close behind in Lisbon.';
/** Time enough for a change to be read, had anything been going to read it. */
const QUIET_MS = 1000;

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});

afterAll(async () => {
  await harness?.close();
});

/** The page at `path`, loaded afresh in the file's one tab (kept-tabs.ts). */
async function open(path: string): Promise<Page> {
  const page = await visit(harness, harness.server.url(path));
  await waitForHighlights(page);
  return page;
}

/** The live blog's own way to publish: a new post at the top of the feed. */
async function addPost(page: Page, text: string): Promise<void> {
  await page.evaluate((text) => {
    const post = document.createElement('div');
    post.className = 'post';
    const time = document.createElement('p');
    time.className = 'time';
    time.textContent = '22:05';
    const body = document.createElement('p');
    body.textContent = text;
    post.append(time, body);
    document.getElementById('feed')?.prepend(post);
  }, text);
}

const mentionsOf = (state: { entities: { name: string; mentions: number }[] }, name: string) =>
  state.entities.find((e) => e.name === name)?.mentions ?? 0;

describe('a single-page app', () => {
  it('reads the next story after pushState and drops the old one, on the page and in the popup', async () => {
    const page = await open(SPA);
    const tabId = await tabIdOf(harness, page);
    expect(await allHighlighted(page)).toEqual(expect.arrayContaining(['Viktor Orbán', 'Budapest', 'Vienna']));

    await page.click('a[data-route]');
    await expect
      .poll(() => allHighlighted(page), { timeout: 8000 })
      .toEqual(expect.arrayContaining(['Mette Frederiksen', 'Jonas Gahr Støre', 'Reykjavik']));
    const texts = await allHighlighted(page);
    for (const old of ['Viktor Orbán', 'Budapest', 'Vienna', 'European Commission', 'Petra Horvath']) {
      expect(texts).not.toContain(old);
    }
    expect((await ourRanges(page)).filter((r) => !r.connected || r.text === '')).toEqual([]);

    const popup = await openPopup(harness, tabId);
    const names = () => popup.locator('.entity-name').allTextContents();
    await expect.poll(names, { timeout: 5000 }).toEqual(expect.arrayContaining(['Mette Frederiksen', 'Greenland']));
    expect(await names()).not.toContain('Viktor Orbán');

    await page.evaluate(() => history.back());
    await expect.poll(() => allHighlighted(page), { timeout: 8000 }).toEqual(expect.arrayContaining(['Viktor Orbán']));
    expect(await allHighlighted(page)).not.toContain('Mette Frederiksen');
  });
});

describe('a live blog', () => {
  it('reads only the post it adds, highlights its names and updates the counts', async () => {
    const page = await open(LIVE);
    const tabId = await tabIdOf(harness, page);
    const reads = await recordReads(harness, tabId);
    const before = await pageState(harness, tabId);

    await addPost(page, NEW_POST);
    await expect
      .poll(() => allHighlighted(page), { timeout: 5000 })
      .toEqual(expect.arrayContaining(['Porto', 'Pedro Nuno Santos']));
    const words = await reads.words();
    expect(words).toHaveLength(1);
    expect(words[0]).toEqual(expect.arrayContaining(['porto', 'supporters']));
    // Words of the older posts only: they were not read again.
    for (const old of ['espinho', 'turnout', 'azores']) expect(words[0]).not.toContain(old);
    const after = await pageState(harness, tabId);
    expect(mentionsOf(after, 'Lisbon')).toBe(mentionsOf(before, 'Lisbon') + 1);
    expect(mentionsOf(after, 'Pedro Nuno Santos')).toBe(1);
  });

  it('is not read again when our card opens and closes', async () => {
    const page = await open(LIVE);
    const reads = await recordReads(harness, await tabIdOf(harness, page));
    const card = await cardProbe(page);
    for (const name of ['Luís Montenegro', 'Espinho']) {
      const point = await mentionCenter(page, name);
      await page.mouse.move(point.x, point.y, { steps: 4 });
      await expect.poll(() => card.read().then((c) => c?.visible), { timeout: 5000 }).toBe(true);
      await page.keyboard.press('Escape');
      await expect.poll(() => card.read(), { timeout: 3000 }).toBeNull();
      await page.mouse.move(5, 5);
    }
    await page.waitForTimeout(QUIET_MS);
    expect(await reads.words()).toEqual([]);
  });

  it('leaves no highlight on removed or edited text, and opens no card for a name no longer there', async () => {
    const page = await open(LIVE);
    const tabId = await tabIdOf(harness, page);
    expect(await allHighlighted(page)).toEqual(expect.arrayContaining(['Luís Montenegro', 'Espinho', 'Azores']));
    const card = await cardProbe(page);
    const espinho = await mentionCenter(page, 'Espinho');
    await page.mouse.move(espinho.x, espinho.y, { steps: 3 });
    await expect.poll(() => card.read().then((c) => c?.name), { timeout: 5000 }).toBe('Espinho');

    // The card's own post goes, with the pointer still resting where the name was.
    await page.evaluate(() =>
      [...document.querySelectorAll('.post')].find((p) => /Espinho/.test(p.textContent ?? ''))?.remove(),
    );
    await expect.poll(() => card.read(), { timeout: 3000 }).toBeNull();
    // "Azores" loses its capital in place: a live Range over it would now read "azores".
    const edited = await page.evaluate(() => {
      const p = [...document.querySelectorAll('.post p')].find((el) => /Azores/.test(el.textContent ?? ''));
      const text = p?.firstChild as Text;
      const at = text.data.indexOf('Azores');
      text.replaceData(at, 1, 'a');
      text.parentElement?.scrollIntoView({ block: 'center' });
      const range = document.createRange();
      range.setStart(text, at);
      range.setEnd(text, at + 6);
      const rect = range.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    });
    const stale = async () =>
      (await ourRanges(page)).filter((r) => !r.connected || r.text === '' || r.text === 'azores');
    await expect.poll(stale, { timeout: 3000 }).toEqual([]);
    expect(await allHighlighted(page)).not.toContain('Luís Montenegro');
    const state = await pageState(harness, tabId);
    expect(mentionsOf(state, 'Espinho')).toBe(0);
    expect(mentionsOf(state, 'Azores')).toBe(0);

    await page.mouse.move(edited.x, edited.y, { steps: 3 });
    await page.waitForTimeout(QUIET_MS);
    expect(await card.read()).toBeNull();
  });

  it('never highlights its editable note or code, even as the reader types and the page adds more', async () => {
    const page = await open(LIVE);
    const reads = await recordReads(harness, await tabIdOf(harness, page));
    await page.click('.reader-note p');
    await page.keyboard.press('End');
    await page.keyboard.type(' And Olaf Scholz in Hamburg.');
    await page.evaluate(() => {
      const pre = document.createElement('pre');
      pre.textContent = 'Statement by Olaf Scholz in Hamburg';
      document.getElementById('feed')?.append(pre);
    });
    await page.waitForTimeout(QUIET_MS);
    expect(await reads.words()).toEqual([]);
    const texts = await allHighlighted(page);
    for (const name of ['Angela Merkel', 'Berlin', 'Madeira', 'Olaf Scholz', 'Hamburg'])
      expect(texts).not.toContain(name);
  });
});

describe('a site switched off', () => {
  it('gets no content script at all and sends nothing as the page changes; switched on, it reads and watches', async () => {
    await setSiteSwitches(harness, { localhost: false });
    const page = await visit(harness, harness.server.url(LIVE, 'localhost'));
    const observers = await observerCounter(page);
    const tabId = await tabIdOf(harness, page);
    const reads = await recordReads(harness, tabId);

    await addPost(page, NEW_POST);
    await page.waitForTimeout(QUIET_MS);
    // The browser left the script out of this switched-off site: no world of ours exists to observe anything.
    await expect(observers()).rejects.toThrow('no Backstory world');
    expect(await reads.words()).toEqual([]);
    expect(await allHighlighted(page)).toEqual([]);

    await setSiteSwitches(harness, {});
    await expect
      .poll(() => allHighlighted(page), { timeout: 5000 })
      .toEqual(expect.arrayContaining(['Porto', 'Pedro Nuno Santos', 'Luís Montenegro']));
    expect(await observers()).toBeGreaterThan(0);

    await setSiteSwitches(harness, { localhost: false });
    await expect.poll(() => allHighlighted(page), { timeout: 5000 }).toEqual([]);
    await expect.poll(() => observers(), { timeout: 5000 }).toBe(0);
    await setSiteSwitches(harness, {});
  });
});

// Last in this file: the extension it reloads is not the one the other tests expect.
describe('an extension reload', () => {
  it('leaves the old content script watching nothing once the page next changes', async () => {
    const page = await open(LIVE);
    const observers = await observerCounter(page);
    expect(await observers()).toBeGreaterThan(0);
    const worker = await harness.browser.worker();
    await worker.evaluate(() =>
      (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload(),
    );
    await page.waitForTimeout(QUIET_MS);
    // Chrome tells an orphaned content script nothing; WXT's ctx notices the next time it is asked.
    await addPost(page, NEW_POST);
    await expect.poll(() => observers(), { timeout: 5000 }).toBe(0);
    expect(await allHighlighted(page)).toEqual([]);
  });
});
