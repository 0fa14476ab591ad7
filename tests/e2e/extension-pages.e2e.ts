import { mkdir } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { waitForHighlights } from '../../scripts/browser/page-probes';
import { axeFindings } from './support/axe';
import { type Harness, openPopup, startHarness, tabIdOf } from './support/extension-fixture';
import { visit } from './support/kept-tabs';
import { openOptions, resetSettings } from './support/settings-pages';

const SHOTS = '.output/e2e';
let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
  await mkdir(SHOTS, { recursive: true });
});
afterAll(async () => {
  await harness?.close();
});
beforeEach(async () => {
  await resetSettings(harness, { '127.0.0.1': true, 'news.example': false });
});

/** The demo article and its popup, each loaded afresh in a tab the file keeps (kept-tabs.ts). */
async function demoPopup(): Promise<{ page: Page; popup: Page }> {
  const page = await visit(harness, harness.server.url('kazakhstan-activist.html'));
  await waitForHighlights(page);
  const popup = await openPopup(harness, await tabIdOf(harness, page));
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.locator('.entity-name').first().waitFor();
  return { page, popup };
}

/** axe's serious and critical findings, as "rule: target" lines. */
async function seriousViolations(page: Page): Promise<string[]> {
  const { serious, passed } = await axeFindings(page);
  // A run that checked nothing would pass too: make sure it looked at the page.
  expect(passed.length).toBeGreaterThan(10);
  return serious;
}

/** The element with focus, as a short description: its role-ish tag and its label. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return 'body';
    const label = el.getAttribute('aria-label') ?? el.closest('label')?.textContent ?? el.textContent ?? '';
    return `${el.getAttribute('role') ?? el.getAttribute('type') ?? el.tagName.toLowerCase()}:${label.trim()}`;
  });

/** The options the keyboard test changes, as the options page stored them. */
async function storedChoices() {
  const worker = await harness.browser.worker();
  return worker.evaluate(async () => {
    type Area = { get(key: string): Promise<Record<string, unknown>> };
    const api = (globalThis as unknown as { chrome: { storage: { sync: Area; local: Area } } }).chrome;
    const sync = await api.storage.sync.get(null as unknown as string);
    const { siteSwitches } = await api.storage.local.get('siteSwitches');
    return {
      style: sync.highlightStyle,
      dwellMs: sync.dwellMs,
      terms: (sync.highlightTypes as Record<string, boolean> | undefined)?.TERM,
      newsExample: (siteSwitches as Record<string, boolean> | undefined)?.['news.example'],
    };
  });
}

async function tabStops(page: Page, count: number): Promise<string[]> {
  const stops: string[] = [];
  for (let i = 0; i < count; i++) {
    await page.keyboard.press('Tab');
    stops.push(await focused(page));
  }
  return stops;
}

// One article, popup and options page serve every colour scheme: only the emulated media change between scans.
describe('axe on the extension pages', () => {
  let pages: { page: Page; popup: Page; options: Page };
  beforeAll(async () => {
    await resetSettings(harness, { '127.0.0.1': true, 'news.example': false });
    const { page, popup } = await demoPopup();
    const options = await openOptions(harness);
    await options.setViewportSize({ width: 1000, height: 1400 });
    pages = { page, popup, options };
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`finds nothing serious or critical on the popup and the options page, ${scheme}`, async () => {
      const { popup, options } = pages;
      await popup.emulateMedia({ colorScheme: scheme, forcedColors: 'none' });
      expect(await popup.evaluate((s) => matchMedia(`(prefers-color-scheme: ${s})`).matches, scheme)).toBe(true);
      expect(await seriousViolations(popup)).toEqual([]);
      await popup.screenshot({ path: `${SHOTS}/popup-${scheme}.png` });
      await options.emulateMedia({ colorScheme: scheme, forcedColors: 'none' });
      expect(await seriousViolations(options)).toEqual([]);
      await options.screenshot({ path: `${SHOTS}/options-${scheme}.png`, fullPage: true });
    });
  }

  it('finds nothing serious or critical on the popup and the options page in forced colours (high contrast)', async () => {
    const { popup, options } = pages;
    await popup.emulateMedia({ colorScheme: 'light', forcedColors: 'active' });
    // The shortcuts open too, so their markup is checked as well.
    await popup.getByText('Keyboard shortcuts').click();
    expect(await popup.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(true);
    expect(await seriousViolations(popup)).toEqual([]);
    await options.emulateMedia({ colorScheme: 'light', forcedColors: 'active' });
    expect(await options.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(true);
    expect(await seriousViolations(options)).toEqual([]);
  });
});

describe('the popup shortcuts', () => {
  it('lists the four keyboard commands with the keys the browser has for them', async () => {
    const { popup } = await demoPopup();
    const details = popup.locator('.popup-shortcuts');
    expect(await details.getAttribute('open')).toBeNull();
    await popup.keyboard.press('Tab');
    await popup.keyboard.press('Tab');
    await popup.keyboard.press('Enter');
    expect(await details.getAttribute('open')).toBe('');
    const rows = await popup
      .locator('.shortcut')
      .evaluateAll((els) =>
        els.map((el) => `${el.querySelector('dt')?.textContent} ${el.querySelector('dd')?.textContent}`),
      );
    expect(rows.sort()).toEqual(
      [
        'Alt+Shift+H Turn highlights on or off on this site',
        'Alt+Shift+K Open the card for the selected name, or the first highlighted name in view',
        'Alt+Shift+L Go to the next highlighted name and open its card',
        'Alt+Shift+J Go to the previous highlighted name and open its card',
      ].sort(),
    );
  });
});

describe('the keyboard', () => {
  it('reaches and works every control of the popup', async () => {
    const { popup } = await demoPopup();
    await popup.locator('body').focus();
    expect(await tabStops(popup, 6)).toEqual([
      'button:Options',
      'summary:Keyboard shortcuts',
      'switch:Pause on every site',
      'switch:Highlights on 127.0.0.1',
      // The offer of online lookups, before the list of names.
      'button:Turn on Wikipedia lookups',
      'search:Search names',
    ]);
    await popup.keyboard.press('Shift+Tab');
    await popup.keyboard.press('Shift+Tab');
    await popup.keyboard.press('Shift+Tab');
    await popup.keyboard.press('Space');
    await expect.poll(() => popup.locator('[data-state="paused"]').isVisible(), { timeout: 5000 }).toBe(true);
    await popup.keyboard.press('Space');
    await expect.poll(() => popup.locator('.entity-name').count(), { timeout: 8000 }).toBeGreaterThan(5);
  });

  it('reaches and works every control of the options page, in order', async () => {
    const options = await openOptions(harness);
    // The sites come from storage after the page draws; tabbing before they are listed would skip them.
    await options.getByRole('switch', { name: 'Highlights on news.example' }).waitFor();
    await options.locator('body').focus();
    const stops = await tabStops(options, 12);
    expect(stops).toEqual([
      'search:Search sites',
      'switch:Highlights on 127.0.0.1',
      'switch:Highlights on news.example',
      'checkbox:People',
      'checkbox:Places',
      'checkbox:Organisations',
      'checkbox:Terms',
      'checkbox:Other names',
      'radio:Underline',
      'range:Wait before a card opens400 ms',
      'file:Import a glossary file',
      'switch:Look names up on Wikipedia and Wikidata',
    ]);
    // Back to the style: arrows move between the radios, and the choice is stored.
    await options.getByRole('radio', { name: 'Underline', exact: true }).focus();
    await options.keyboard.press('ArrowDown');
    expect(await options.getByRole('radio', { name: 'Underline the first mention only' }).isChecked()).toBe(true);
    await options.keyboard.press('ArrowDown');
    expect(await options.getByRole('radio', { name: 'Tint' }).isChecked()).toBe(true);
    await options.keyboard.press('Tab');
    await options.keyboard.press('ArrowRight');
    await expect.poll(() => options.locator('.dwell-value').textContent()).toBe('450 ms');
    await options.getByRole('checkbox', { name: 'Terms' }).focus();
    await options.keyboard.press('Space');
    await options.getByRole('switch', { name: 'Highlights on news.example' }).focus();
    await options.keyboard.press('Space');
    // Every choice stored before the reload reads them back.
    await expect.poll(storedChoices, { timeout: 10_000 }).toEqual({
      style: 'tint',
      dwellMs: 450,
      terms: false,
      newsExample: true,
    });

    await options.reload();
    await options.getByRole('heading', { level: 1 }).waitFor();
    await expect.poll(() => options.getByRole('radio', { name: 'Tint' }).isChecked()).toBe(true);
    await expect.poll(() => options.locator('.dwell-value').textContent()).toBe('450 ms');
    expect(await options.getByRole('checkbox', { name: 'Terms' }).isChecked()).toBe(false);
    expect(await options.getByRole('switch', { name: 'Highlights on news.example' }).isChecked()).toBe(true);
  });
});

describe('the look', () => {
  it('reflows the options page at 200% zoom with nothing cut off and no sideways scroll', async () => {
    const options = await openOptions(harness);
    // 200% zoom of a 1280-pixel window is a 640-pixel one in CSS pixels.
    await options.setViewportSize({ width: 640, height: 900 });
    const overflow = () =>
      options.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(await overflow()).toBeLessThanOrEqual(0);
    await options.setViewportSize({ width: 320, height: 900 });
    expect(await overflow()).toBeLessThanOrEqual(0);
    await options.emulateMedia({ forcedColors: 'active' });
    expect(await overflow()).toBeLessThanOrEqual(0);
    await options.screenshot({ path: `${SHOTS}/options-forced-colors.png`, fullPage: true });
  });

  it('reflows the popup at its narrowest and lays it out from the right for a right-to-left locale', async () => {
    const { popup } = await demoPopup();
    // The popup window is its body's width plus a scrollbar; 340 pixels leaves the body its narrowest.
    await popup.setViewportSize({ width: 340, height: 600 });
    const overflow = () =>
      popup.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(await overflow()).toBeLessThanOrEqual(0);
    const side = () =>
      popup.evaluate(() => {
        const label = document.querySelector('.pause-switch');
        const box = label?.querySelector('input')?.getBoundingClientRect();
        const text = label?.querySelector('span')?.getBoundingClientRect();
        return box && text
          ? box.left < text.left
            ? 'switch first from the left'
            : 'switch first from the right'
          : null;
      });
    expect(await side()).toBe('switch first from the left');
    // What main.tsx sets from @@bidi_dir in a right-to-left locale.
    await popup.evaluate(() => {
      document.documentElement.dir = 'rtl';
    });
    expect(await side()).toBe('switch first from the right');
    expect(await overflow()).toBeLessThanOrEqual(0);
    await popup.screenshot({ path: `${SHOTS}/popup-rtl.png` });
  });

  it('follows the locale’s direction', async () => {
    const options = await openOptions(harness);
    const [dir, lang] = await options.evaluate(() => [document.documentElement.dir, document.documentElement.lang]);
    expect(dir).toBe('ltr');
    expect(lang).toMatch(/^en(-|$)/);
  });
});

describe('the lookup cache', () => {
  it('says nothing is cached when nothing is, and clears what is', async () => {
    const options = await openOptions(harness);
    const status = options.locator('.cache-status');
    await expect.poll(() => status.textContent()).toBe('Nothing cached.');
    expect(await options.getByRole('button', { name: 'Clear cache' }).isDisabled()).toBe(true);

    // What the online lookups would store: two answers in the cache database.
    await options.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.open('backstory-lookups', 1);
          request.onupgradeneeded = () => request.result.createObjectStore('answers');
          request.onsuccess = () => {
            const tx = request.result.transaction('answers', 'readwrite');
            tx.objectStore('answers').put({ title: 'Atyrau' }, 'atyrau');
            tx.objectStore('answers').put({ title: 'Astana' }, 'astana');
            tx.oncomplete = () => {
              request.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
    );
    await options.reload();
    await expect.poll(() => status.textContent()).toBe('2 lookups are cached.');
    await options.getByRole('button', { name: 'Clear cache' }).click();
    await expect.poll(() => status.textContent()).toBe('Cache cleared.');
    await options.reload();
    await expect.poll(() => status.textContent()).toBe('Nothing cached.');
  });
});
