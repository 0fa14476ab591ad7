/**
 * The pages of tests/e2e/page-attacks.e2e.ts, in Firefox: its content scripts see the page through Xray views
 * rather than an isolated world, and its extension id is fixed, so a page knows the name of WXT's event already.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { highlightedTexts } from '../../scripts/browser/page-probes';
import { pageLoot, pageReachOfCard } from '../e2e/support/card-view';
import { readCardIn } from './support/card-reader';
import { type FirefoxHarness, hoverMention } from './support/firefox-harness';
import { borrowFirefoxHarness } from './support/shared-firefox';

const PAGE = 'attack-article.html';
const FIREFOX_ID = 'backstory@backstory.example';

let harness: FirefoxHarness;
let clean: Record<string, string[]>;

const sorted = (byName: Record<string, string[]>) =>
  Object.fromEntries(Object.entries(byName).map(([name, texts]) => [name, [...texts].sort()]));

async function openCard(page: Page): Promise<void> {
  await hoverMention(page, 'Serik Abenov');
  await expect.poll(() => readCardIn(page).then((c) => c?.name), { timeout: 5000 }).toBe('Serik Abenov');
  expect((await readCardIn(page))?.mentions).toMatch(/Mentioned \d+ times/);
}

beforeAll(async () => {
  harness = await borrowFirefoxHarness();
  const page = await harness.openArticle(PAGE);
  clean = sorted(await highlightedTexts(page));
  await page.close();
});

afterAll(async () => {
  await harness?.close();
});

describe('in Firefox, a page that attacks Backstory', () => {
  it('squatting every custom-element name of a host gets no element of ours, and no card text', async () => {
    const page = await harness.openArticle(`${PAGE}?attack=squat`);
    expect(sorted(await highlightedTexts(page))).toEqual(clean);
    await openCard(page);
    expect(await pageLoot(page)).toEqual({ stolen: [], built: 0, calls: [], hostsWithText: 0 });
    expect(await pageReachOfCard(page)).toEqual({ hosts: 1, openRoots: 0 });
    await page.close();
  });

  it('replacing the DOM methods and the prototype check before we run changes nothing', async () => {
    const page = await harness.openArticle(`${PAGE}?attack=patch`);
    expect(sorted(await highlightedTexts(page))).toEqual(clean);
    await openCard(page);
    // Xray views call Firefox's own methods: not one of the page's replacements was called.
    expect(await pageLoot(page)).toEqual({ stolen: [], built: 0, calls: [], hostsWithText: 0 });
    expect(await pageReachOfCard(page)).toEqual({ hosts: 1, openRoots: 0 });
    await page.close();
  });

  it('firing the event that ends a WXT content script keeps the highlights, the card and the popup', async () => {
    const page = await harness.openArticle(PAGE);
    await page.evaluate((extensionId) => {
      for (const entrypoint of ['content', 'content-script']) {
        const type = `${extensionId}:${entrypoint}:wxt:content-script-started`;
        const detail = { contentScriptName: entrypoint, messageId: 'forged' };
        document.dispatchEvent(new CustomEvent(type, { detail }));
        window.postMessage({ type, ...detail }, '*');
      }
    }, FIREFOX_ID);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(sorted(await highlightedTexts(page))).toEqual(clean);
    await openCard(page);
    const popup = await harness.openPopup(await harness.tabIdOf(page));
    await popup.waitForSelector('section[aria-label="People"] .entity-name');
    const people = await popup.$$eval('section[aria-label="People"] .entity-name', (els) =>
      els.map((e) => e.textContent),
    );
    expect(people).toContain('Serik Abenov');
    await popup.close();
    await page.close();
  });
});
