import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { PageState } from '../../lib/protocol/messages';
import { allHighlighted, highlightedTexts, mentionCenter, waitForHighlights } from '../../scripts/browser/page-probes';
import { nthMentionCenter, paintedCounts } from '../helpers/mention-probes';
import { cardProbe } from './support/card-probe';
import { domWithoutOurHost } from './support/dom-recorder';
import { type Harness, openPopup, startHarness, tabIdOf } from './support/extension-fixture';
import { visit } from './support/kept-tabs';
import { highlightNames, openOptions, resetSettings } from './support/settings-pages';

const DEMO = 'kazakhstan-activist.html';
let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});
beforeEach(async () => {
  await resetSettings(harness);
});

/** What the page's content script reports, asked through the extension's service worker. */
async function pageState(page: Page): Promise<PageState> {
  const tabId = await tabIdOf(harness, page);
  const worker = await harness.browser.worker();
  type Chrome = { tabs: { sendMessage(id: number, m: object): Promise<{ data: PageState }> } };
  const reply = await worker.evaluate(
    (id) => (globalThis as unknown as { chrome: Chrome }).chrome.tabs.sendMessage(id, { type: 'page/state', data: {} }),
    tabId,
  );
  return reply.data;
}

/** The demo article, from `host`, in the file's tab for `part` (kept-tabs.ts): a fresh document in a kept tab. */
async function openDemo(host?: string, part = 'page'): Promise<Page> {
  const page = await visit(harness, harness.server.url(DEMO, host), part);
  await waitForHighlights(page);
  return page;
}

describe('options taking effect in an open article', () => {
  it('hides a type switched off and shows it again, leaving the other types and the page DOM alone', async () => {
    const page = await openDemo();
    const options = await openOptions(harness);
    const terms = options.getByRole('checkbox', { name: 'Terms' });
    expect(await terms.isChecked()).toBe(true);
    expect((await highlightedTexts(page))['backstory-term']).toEqual(expect.arrayContaining(['land reform']));

    const point = await mentionCenter(page, 'land reform');
    await terms.uncheck();
    await expect.poll(() => highlightNames(page), { timeout: 5000 }).not.toContain('backstory-term');
    expect(await highlightNames(page)).toEqual(['backstory-org', 'backstory-person', 'backstory-place']);
    expect((await highlightedTexts(page))['backstory-person']).toEqual(expect.arrayContaining(['Maks Boqaev']));
    // A hidden type opens no card either.
    const card = await cardProbe(page);
    await page.bringToFront();
    await page.mouse.move(point.x, point.y, { steps: 3 });
    await page.waitForTimeout(1200);
    expect(await card.read()).toBeNull();
    await page.mouse.move(5, 5);

    await terms.check();
    await expect
      .poll(async () => (await highlightedTexts(page))['backstory-term'], { timeout: 8000 })
      .toEqual(expect.arrayContaining(['land reform']));
    const dom = await domWithoutOurHost(page);
    expect(dom.mutations).toEqual([]);
    expect(dom.after).toBe(dom.before);
  });

  it('moves every highlight to its tint name for the tint style, and back, without touching the page', async () => {
    const page = await openDemo();
    const options = await openOptions(harness);
    await options.getByRole('radio', { name: 'Tint' }).check();
    await expect
      .poll(() => highlightNames(page), { timeout: 5000 })
      .toEqual(['backstory-org-tint', 'backstory-person-tint', 'backstory-place-tint', 'backstory-term-tint']);
    expect((await highlightedTexts(page))['backstory-person-tint']).toEqual(expect.arrayContaining(['Maks Boqaev']));
    await options.getByRole('radio', { name: 'Underline', exact: true }).check();
    await expect
      .poll(() => highlightNames(page), { timeout: 8000 })
      .toEqual(['backstory-org', 'backstory-person', 'backstory-place', 'backstory-term']);
    const dom = await domWithoutOurHost(page);
    expect(dom.mutations).toEqual([]);
    expect(dom.after).toBe(dom.before);
  });

  it('underlines only the first mention of each name in the first-mention style, and every mention opens its card', async () => {
    const page = await openDemo();
    const { entities } = await pageState(page);
    const mentions = entities.reduce((sum, e) => sum + e.mentions, 0);
    expect(Object.values(await paintedCounts(page)).reduce((a, b) => a + b, 0)).toBe(mentions);
    // The fourth "Boqaev" alone (after the headline's and the lead's "Maks Boqaev": his sixth mention), found while
    // every mention is drawn: the style must leave it hoverable.
    const later = await nthMentionCenter(page, 'Boqaev', 3);

    const options = await openOptions(harness);
    await options.getByRole('radio', { name: 'Underline the first mention only' }).check();
    await expect
      .poll(async () => Object.values(await paintedCounts(page)).reduce((a, b) => a + b, 0), { timeout: 5000 })
      .toBe(entities.length);
    expect(await highlightNames(page)).toEqual([
      'backstory-org',
      'backstory-person',
      'backstory-place',
      'backstory-term',
    ]);
    // One range per name, the first in the page: Maks Boqaev of the headline, none of the later "Boqaev".
    const people = (await highlightedTexts(page))['backstory-person'] ?? [];
    expect(people).toContain('Maks Boqaev');
    expect(people).not.toContain('Boqaev');

    await page.bringToFront();
    const card = await cardProbe(page);
    await page.mouse.move(later.x - 30, later.y);
    await page.mouse.move(later.x, later.y, { steps: 3 });
    await expect.poll(() => card.read().then((c) => c?.name), { timeout: 5000 }).toBe('Maks Boqaev');
    expect((await card.read())?.position).toBe('6 of 7');
    await page.mouse.move(5, 5);

    await options.getByRole('radio', { name: 'Underline', exact: true }).check();
    await expect
      .poll(async () => Object.values(await paintedCounts(page)).reduce((a, b) => a + b, 0), { timeout: 8000 })
      .toBe(mentions);
    const dom = await domWithoutOurHost(page);
    expect(dom.mutations).toEqual([]);
    expect(dom.after).toBe(dom.before);
  });

  it('waits the dwell set in the options before a card opens', async () => {
    const page = await openDemo();
    const options = await openOptions(harness);
    const slider = options.getByRole('slider', { name: 'Wait before a card opens' });
    await slider.focus();
    await options.keyboard.press('End');
    await expect.poll(() => slider.getAttribute('aria-valuetext')).toBe('1500 ms');
    await expect.poll(() => options.locator('.dwell-value').textContent()).toBe('1500 ms');
    await page.bringToFront();
    // The slider's write reaches the page through storage; give it a moment.
    await page.waitForTimeout(500);

    const card = await cardProbe(page);
    const point = await mentionCenter(page, 'Atyrau');
    await page.mouse.move(point.x, point.y, { steps: 3 });
    // Past the default dwell (400 ms), and far enough short of the one set that a slow read cannot pass it.
    await page.waitForTimeout(700);
    expect(await card.read()).toBeNull();
    await expect.poll(() => card.read().then((c) => c?.visible), { timeout: 5000 }).toBe(true);
  });
});

describe('the global pause in the popup', () => {
  it('stops highlighting on every site and tab at once, says so, and resumes', async () => {
    const page = await openDemo();
    const other = await openDemo('localhost', 'other');
    const popup = await openPopup(harness, await tabIdOf(harness, page));
    const pause = popup.getByRole('switch', { name: 'Pause on every site' });
    await expect.poll(() => popup.locator('.entity-name').count(), { timeout: 5000 }).toBeGreaterThan(5);
    expect(await pause.isChecked()).toBe(false);

    await pause.click();
    await expect.poll(() => allHighlighted(page), { timeout: 5000 }).toEqual([]);
    await expect.poll(() => allHighlighted(other), { timeout: 5000 }).toEqual([]);
    await expect.poll(() => popup.locator('[data-state="paused"]').isVisible()).toBe(true);
    // The site's own switch keeps its place: the pause is not a site switched off.
    expect(await popup.getByRole('switch', { name: /Highlights on 127\.0\.0\.1/ }).isChecked()).toBe(true);

    await page.reload();
    await page.waitForTimeout(1000);
    expect(await allHighlighted(page)).toEqual([]);

    await pause.click();
    await expect.poll(() => allHighlighted(page).then((t) => t.length), { timeout: 8000 }).toBeGreaterThan(10);
    await expect.poll(() => allHighlighted(other).then((t) => t.length), { timeout: 8000 }).toBeGreaterThan(10);
    await expect.poll(() => popup.locator('.entity-name').count(), { timeout: 8000 }).toBeGreaterThan(5);
    // The other site's tab was for this test only: left open, it would redraw at every change of a later test.
    await other.close();
  });
});

describe('the sites in the options page', () => {
  it('says how a site gets there while there is none', async () => {
    const options = await openOptions(harness);
    await expect
      .poll(() => options.locator('[data-state="no-sites"]').textContent())
      .toMatch(/switch it off or on in the Backstory popup/);
  });

  it('lists every site switched, narrows to a search, and switches a site live', async () => {
    await resetSettings(harness, { '127.0.0.1': false, 'news.example': true, 'blog.example.org': false });
    const page = await visit(harness, harness.server.url(DEMO));
    const options = await openOptions(harness);
    const rows = options.locator('.site-list li');
    await expect.poll(() => rows.allTextContents()).toEqual(['127.0.0.1', 'blog.example.org', 'news.example']);

    const search = options.getByRole('searchbox', { name: 'Search sites' });
    await search.fill('example');
    await expect.poll(() => rows.allTextContents()).toEqual(['blog.example.org', 'news.example']);
    await expect.poll(() => options.getByRole('status').first().textContent()).toBe('2 sites');
    await search.fill('nowhere');
    await expect
      .poll(() => options.locator('[data-state="no-match"]').textContent())
      .toBe('No site matches “nowhere”.');
    await search.fill('127');
    const local = options.getByRole('switch', { name: 'Highlights on 127.0.0.1' });
    expect(await local.isChecked()).toBe(false);
    expect(await allHighlighted(page)).toEqual([]);

    await local.check();
    await expect.poll(() => allHighlighted(page).then((t) => t.length), { timeout: 8000 }).toBeGreaterThan(10);
    await search.fill('');
    // Switched back on, the site stays listed, so it can be found again.
    await expect.poll(() => rows.count()).toBe(3);
  });
});
