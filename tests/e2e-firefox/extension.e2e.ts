import { mkdir } from 'node:fs/promises';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allHighlighted, hasOurHighlights, highlightedTexts } from '../../scripts/browser/page-probes';
import { pageReachOfCard } from '../e2e/support/card-view';
import { domWithoutOurHost } from '../e2e/support/dom-recorder';
import { readCardIn } from './support/card-reader';
import { type FirefoxHarness, hoverMention } from './support/firefox-harness';
import { borrowFirefoxHarness } from './support/shared-firefox';

const DEMO = 'kazakhstan-activist.html';
const SHOTS = '.output/e2e-firefox';

let harness: FirefoxHarness;

beforeAll(async () => {
  harness = await borrowFirefoxHarness();
  await mkdir(SHOTS, { recursive: true });
});

afterAll(async () => {
  await harness?.close();
});

const texts = (page: Page, selector: string) => page.$$eval(selector, (els) => els.map((el) => el.textContent ?? ''));
const isOn = (popup: Page) => popup.$eval('.site-switch input', (el) => (el as HTMLInputElement).checked);

describe('in Firefox, on the demo article', () => {
  it('runs without a click: Firefox granted the content-script hosts at install', async () => {
    const granted = await harness.inExtension(() => {
      type Permissions = { contains(p: { origins: string[] }): Promise<boolean> };
      const api = (globalThis as unknown as { browser: { permissions: Permissions } }).browser;
      return api.permissions.contains({ origins: ['http://*/*', 'https://*/*'] });
    });
    expect(granted).toBe(true);
  });

  it('highlights the names of the article body under their types, and leaves the chrome alone', async () => {
    const page = await harness.openArticle(DEMO);
    const byName = await highlightedTexts(page);
    expect(byName['backstory-person']).toEqual(expect.arrayContaining(['Maks Boqaev', 'Qasym-Zhomart Toqaev']));
    expect(byName['backstory-place']).toEqual(expect.arrayContaining(['Atyrau', 'Kazakhstan', 'Central Asia']));
    expect(byName['backstory-term']).toEqual(expect.arrayContaining(['land reform', 'political prisoners']));
    expect(byName['backstory-org']).toEqual(expect.arrayContaining(['European Union', 'Human Rights Watch']));
    const all = await allHighlighted(page);
    for (const chrome of ['Mirziyoyev', 'Tashkent', 'Chevron', 'Newsroom']) {
      expect(all.filter((t) => t.includes(chrome))).toEqual([]);
    }
    await page.close();
  });

  it('shows a card on hover, keeps the page DOM unchanged but for its host, and closes on Escape', async () => {
    const page = await harness.openArticle(DEMO);
    await hoverMention(page, 'Boqaev');
    await expect.poll(() => readCardIn(page).then((c) => c?.name), { timeout: 5000 }).toBe('Maks Boqaev');
    expect(await readCardIn(page)).toMatchObject({
      visible: true,
      role: 'dialog',
      label: 'Person: Maks Boqaev',
      type: 'Person',
      mentions: 'Mentioned 7 times in this article',
      firstMention: 'Kazakh court frees jailed land activist Maks Boqaev',
      articleRole: 'a well-known Kazakh rights activist and outspoken government critic',
    });
    // The page's own script finds the host but cannot open it.
    expect(await pageReachOfCard(page)).toEqual({ hosts: 1, openRoots: 0 });
    await page.screenshot({ path: `${SHOTS}/card.png` });

    const dom = await domWithoutOurHost(page);
    expect(dom.before).toContain('Maks Boqaev');
    expect(dom.mutations).toEqual([]);
    expect(dom.after).toBe(dom.before);

    await page.keyboard.press('Escape');
    await expect.poll(() => readCardIn(page), { timeout: 3000 }).toBeNull();
    await page.close();
  });

  it('lists the names in the popup, grouped by type, and jumps to one', async () => {
    const page = await harness.openArticle(DEMO);
    const popup = await harness.openPopup(await harness.tabIdOf(page));
    await popup.waitForSelector('section[aria-label="People"] .entity-name');
    expect(await texts(popup, 'section[aria-label="People"] .entity-name')).toEqual(
      expect.arrayContaining(['Maks Boqaev', 'Nursultan Nazarbayev', 'Kassym-Jomart Tokayev']),
    );
    expect(await texts(popup, 'section[aria-label="Places"] .entity-name')).toEqual(
      expect.arrayContaining(['Atyrau', 'Kazakhstan']),
    );
    await popup.setViewport({ width: 400, height: 600 });
    await popup.screenshot({ path: `${SHOTS}/popup.png` });

    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await popup.click('section[aria-label="Places"] .entity-name::-p-text(Ural River)');
    await expect.poll(() => page.evaluate(() => window.scrollY), { timeout: 3000 }).toBeGreaterThan(100);
    await expect.poll(async () => (await highlightedTexts(page))['backstory-flash']).toEqual(['Ural River']);
    for (const p of [popup, page]) await p.close();
  });

  it('switches a site off in every open tab, remembers it across reloads, and back on', async () => {
    const page = await harness.openArticle(DEMO);
    const second = await harness.openArticle(DEMO);
    const otherSite = await harness.openArticle(DEMO, 'localhost');
    const tabId = await harness.tabIdOf(page);
    const popup = await harness.openPopup(tabId);
    expect(await popup.$eval('.site-switch', (el) => el.textContent)).toBe('Highlights on 127.0.0.1');
    expect(await isOn(popup)).toBe(true);

    await popup.click('.site-switch input');
    await expect.poll(() => allHighlighted(page)).toEqual([]);
    await expect.poll(() => allHighlighted(second)).toEqual([]);
    expect((await allHighlighted(otherSite)).length).toBeGreaterThan(10);
    await popup.waitForSelector('[data-state="off"]');

    // The other site's tab, reloaded alongside, shows how long a scan takes: no fixed sleep.
    await Promise.all([page.reload(), otherSite.reload()]);
    await otherSite.waitForFunction(hasOurHighlights);
    expect(await allHighlighted(page)).toEqual([]);
    await popup.close();
    const again = await harness.openPopup(tabId);
    expect(await again.$('[data-state="off"]')).not.toBeNull();
    expect(await isOn(again)).toBe(false);

    await again.click('.site-switch input');
    await expect.poll(() => allHighlighted(page).then((t) => t.length), { timeout: 5000 }).toBeGreaterThan(10);
    await expect.poll(() => allHighlighted(second).then((t) => t.length), { timeout: 5000 }).toBeGreaterThan(10);
    for (const p of [again, page, second, otherSite]) await p.close();
  });
});

describe('in Firefox, a page the extension cannot touch', () => {
  // A BiDi navigation to a privileged page such as about:robots never reports its load, so a blank tab stands in.
  it('says so in the popup', async () => {
    const page = await harness.open('about:blank');
    const popup = await harness.openPopup(await harness.tabIdOf(page));
    expect(await popup.$('[data-state="unsupported"]')).not.toBeNull();
    for (const p of [popup, page]) await p.close();
  });
});

describe('in Firefox, privacy', () => {
  it('sent no request off this machine from any page during the run', () => {
    expect(harness.outsideRequests).toEqual([]);
  });
});

describe('in Firefox, the settings', () => {
  it('pause every tab from the popup through storage.sync, and tint the highlights from storage', async () => {
    const page = await harness.openArticle(DEMO);
    const popup = await harness.openPopup(await harness.tabIdOf(page));
    await popup.click('.pause-switch input');
    await expect.poll(() => allHighlighted(page), { timeout: 5000 }).toEqual([]);
    await popup.waitForSelector('[data-state="paused"]');
    await popup.click('.pause-switch input');
    await expect.poll(() => allHighlighted(page).then((t) => t.length), { timeout: 8000 }).toBeGreaterThan(10);

    await harness.inExtension(() => {
      type Sync = { set(items: object): Promise<void> };
      const api = (globalThis as unknown as { browser: { storage: { sync: Sync } } }).browser;
      return api.storage.sync.set({ highlightStyle: 'tint' });
    });
    await expect
      .poll(async () => Object.keys(await highlightedTexts(page)).sort(), { timeout: 5000 })
      .toEqual(['backstory-org-tint', 'backstory-person-tint', 'backstory-place-tint', 'backstory-term-tint']);
    await harness.inExtension(() => {
      type Sync = { clear(): Promise<void> };
      return (globalThis as unknown as { browser: { storage: { sync: Sync } } }).browser.storage.sync.clear();
    });
    for (const p of [popup, page]) await p.close();
  });
});
