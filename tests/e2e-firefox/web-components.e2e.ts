import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allHighlighted } from '../../scripts/browser/page-probes';
import { readCardIn } from './support/card-reader';
import { type FirefoxHarness, hoverMention } from './support/firefox-harness';
import { borrowFirefoxHarness } from './support/shared-firefox';

const PAGE = 'web-component-article.html';
let harness: FirefoxHarness;

beforeAll(async () => {
  harness = await borrowFirefoxHarness();
});

afterAll(async () => {
  await harness?.close();
});

const quoteShot = async (page: Page) => Buffer.from((await (await page.$('pull-quote'))?.screenshot()) ?? []);

type Local = { browser: { storage: { local: { set(items: object): Promise<void> } } } };
const switchOff = () =>
  harness.inExtension(() =>
    (globalThis as unknown as Local).browser.storage.local.set({ siteSwitches: { '127.0.0.1': false } }),
  );
const switchOn = () =>
  harness.inExtension(() => (globalThis as unknown as Local).browser.storage.local.set({ siteSwitches: {} }));

describe('in Firefox, a web component in the article', () => {
  it('has the names of its open shadow root painted and hoverable, and unpainted once switched off', async () => {
    const page = await harness.openArticle(PAGE);
    await expect.poll(() => allHighlighted(page), { timeout: 5000 }).toEqual(expect.arrayContaining(['Tuya Batbold']));
    // The component rewrites its own caption: its shadow root is watched like the article.
    await page.evaluate(() => {
      const caption = document.querySelector('pull-quote')?.shadowRoot?.querySelector('figcaption');
      if (caption) caption.textContent = 'A herder near Khovd, speaking to Nambaryn Enkhbayar';
    });
    await expect
      .poll(() => allHighlighted(page), { timeout: 5000 })
      .toEqual(expect.arrayContaining(['Nambaryn Enkhbayar']));
    const highlighted = await quoteShot(page);

    await hoverMention(page, 'Nambaryn Enkhbayar');
    await expect.poll(() => readCardIn(page).then((c) => c?.name), { timeout: 5000 }).toBe('Nambaryn Enkhbayar');
    await page.keyboard.press('Escape');

    await switchOff();
    await expect.poll(() => allHighlighted(page), { timeout: 5000 }).toEqual([]);
    // Firefox paints no page-level ::highlight rule inside a shadow tree: only our adopted sheet draws there,
    // so the component looks different with the highlights than without them.
    expect((await quoteShot(page)).equals(highlighted)).toBe(false);
    expect(await page.evaluate(() => document.querySelector('pull-quote')?.shadowRoot?.adoptedStyleSheets.length)).toBe(
      1,
    );
    await switchOn();
    await page.close();
  });
});
