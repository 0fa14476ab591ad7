/**
 * Pages that go after Backstory itself, in real Chromium: one squats every custom-element name a card host could
 * have and tries each door of every element added, one replaces the DOM methods a content script might call before
 * Backstory runs, and one fires the event that ends a WXT content script. None of them may reach the card's text or
 * change a highlight, and the popup must still talk to the page.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { highlightedTexts, mentionCenter, waitForHighlights } from '../../scripts/browser/page-probes';
import { cardProbe } from './support/card-probe';
import { pageLoot, pageReachOfCard } from './support/card-view';
import { type Harness, openPopup, startHarness, tabIdOf } from './support/extension-fixture';
import { visit } from './support/kept-tabs';

const PAGE = 'attack-article.html';
/** The line the card gives a name's mentions: text only the card has. */
const CARD_TEXT = /Mentioned \d+ times/;

let harness: Harness;
let clean: Record<string, string[]>;

const sorted = (byName: Record<string, string[]>) =>
  Object.fromEntries(Object.entries(byName).map(([name, texts]) => [name, [...texts].sort()]));

/** The attack page, loaded afresh in the file's one tab (kept-tabs.ts): each attack runs in a document of its own. */
async function open(query = ''): Promise<Page> {
  const page = await visit(harness, harness.server.url(`${PAGE}${query}`));
  await waitForHighlights(page);
  return page;
}

/** Opens Serik Abenov's card with the mouse, and reads it as the test (not the page) sees it. */
async function openCard(page: Page) {
  const card = await cardProbe(page);
  const point = await mentionCenter(page, 'Serik Abenov');
  await page.mouse.move(point.x - 20, point.y);
  await page.mouse.move(point.x, point.y, { steps: 3 });
  await expect.poll(() => card.read().then((c) => c?.name), { timeout: 5000 }).toBe('Serik Abenov');
  expect((await card.read())?.mentions).toMatch(CARD_TEXT);
}

beforeAll(async () => {
  harness = await startHarness();
  const page = await open();
  clean = sorted(await highlightedTexts(page));
});

afterAll(async () => {
  await harness?.close();
});

describe('a page that attacks Backstory', () => {
  it('squatting every custom-element name of a host gets no element of ours, and no card text', async () => {
    const page = await open('?attack=squat');
    expect(sorted(await highlightedTexts(page))).toEqual(clean);
    await openCard(page);
    expect(await pageLoot(page)).toEqual({ stolen: [], built: 0, calls: [], hostsWithText: 0 });
    expect(await pageReachOfCard(page)).toEqual({ hosts: 1, openRoots: 0 });
    // It tried both doors of our host, and both were shut.
    const errors = await page.evaluate(() => (window as unknown as { __attack: { errors: string[] } }).__attack.errors);
    expect(errors).toEqual(
      expect.arrayContaining(['attachInternals: NotSupportedError', 'attachShadow: NotSupportedError']),
    );
  });

  it('replacing attachShadow, attachInternals, define, createElement and the prototype check before we run changes nothing', async () => {
    const page = await open('?attack=patch');
    expect(sorted(await highlightedTexts(page))).toEqual(clean);
    await openCard(page);
    // The content script's world has its own DOM methods: not one of the page's replacements was called.
    expect(await pageLoot(page)).toEqual({ stolen: [], built: 0, calls: [], hostsWithText: 0 });
    expect(await pageReachOfCard(page)).toEqual({ hosts: 1, openRoots: 0 });
  });

  it('firing the event that ends a WXT content script keeps the highlights, the card and the popup', async () => {
    const page = await open();
    const id = harness.browser.extensionId;
    await page.evaluate((extensionId) => {
      // WXT's name for it (`<runtime id>:<entrypoint>:wxt:content-script-started`), for every entrypoint name we had.
      for (const entrypoint of ['content', 'content-script']) {
        const type = `${extensionId}:${entrypoint}:wxt:content-script-started`;
        const detail = { contentScriptName: entrypoint, messageId: 'forged' };
        document.dispatchEvent(new CustomEvent(type, { detail }));
        window.postMessage({ type, ...detail }, '*');
      }
    }, id);
    // Long enough for any timer of the script to have asked whether it still runs.
    await page.waitForTimeout(1000);
    expect(sorted(await highlightedTexts(page))).toEqual(clean);
    await openCard(page);
    const popup = await openPopup(harness, await tabIdOf(harness, page));
    const people = popup.getByRole('region', { name: 'People' });
    await expect
      .poll(() => people.locator('.entity-name').allTextContents(), { timeout: 5000 })
      .toEqual(expect.arrayContaining(['Serik Abenov']));
  });
});
