import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { highlightedTexts } from '../../scripts/browser/page-probes';
import { readCardIn } from './support/card-reader';
import { type FirefoxHarness, hoverMention } from './support/firefox-harness';
import { borrowFirefoxHarness } from './support/shared-firefox';

/** Firefox suspends an idle event page after 30 s; one second lets the test see it happen. */
const IDLE_TIMEOUT_MS = 1000;

let harness: FirefoxHarness;

beforeAll(async () => {
  harness = await borrowFirefoxHarness({ prefs: { 'extensions.background.idle.timeout': IDLE_TIMEOUT_MS } });
});

afterAll(async () => {
  await harness?.close();
});

/** Whether the event page is loaded; asking through getViews does not wake it. */
const backgroundRunning = () =>
  harness.inExtension(() => {
    type Extension = { getViews(): Window[] };
    const api = (globalThis as unknown as { browser: { extension: Extension } }).browser;
    return api.extension.getViews().some((view) => view.location.pathname === '/_generated_background_page.html');
  });

/** The description on the card for a mention (named as written, as places are), once the pointer rests on it. */
async function hoverDescription(page: Page, text: string): Promise<string | null> {
  await hoverMention(page, text);
  await expect.poll(() => readCardIn(page).then((c) => c?.name), { timeout: 5000 }).toBe(text);
  return (await readCardIn(page))?.description ?? null;
}

describe('in Firefox, a background the browser suspended', () => {
  it('is woken by the next page and answers it in full', async () => {
    const first = await harness.openArticle('kazakhstan-activist.html');
    expect(await hoverDescription(first, 'Atyrau')).toMatch(/western Kazakhstan/);

    await expect.poll(backgroundRunning, { timeout: 10_000, interval: 200 }).toBe(false);

    // The card already open keeps its data; the next hover needs no background at all.
    await first.keyboard.press('Escape');
    await first.mouse.move(5, 5);
    await expect.poll(() => readCardIn(first)).toBeNull();
    expect(await hoverDescription(first, 'Central Asia')).toMatch(/Kyrgyzstan/);
    expect(await backgroundRunning()).toBe(false);

    const second = await harness.openArticle('kazakhstan-clemency.html');
    expect((await highlightedTexts(second))['backstory-term']).toEqual(
      expect.arrayContaining(['clemency', 'extremism']),
    );
    expect(await hoverDescription(second, 'Atyrau')).toMatch(/western Kazakhstan/);
    for (const p of [first, second]) await p.close();
  });
});
