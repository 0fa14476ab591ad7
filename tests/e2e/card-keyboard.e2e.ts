import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DWELL_MAX_MS } from '../../lib/settings/settings';
import { mentionCenter, waitForHighlights } from '../../scripts/browser/page-probes';
import { type CardProbe, cardProbe } from './support/card-probe';
import { pressCommand } from './support/commands';
import { ourRanges } from './support/content-probes';
import { type Harness, startHarness, tabIdOf } from './support/extension-fixture';
import { visit } from './support/kept-tabs';
import { setDwell } from './support/settings-pages';

const DEMO = 'kazakhstan-activist.html';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
  // The longest dwell a reader can set: a busy machine slowing the pointer's steps down cannot make a pointer
  // passing by rest as long as that, and a tap's card opening sooner than the dwell is told from it with room.
  await setDwell(harness, DWELL_MAX_MS);
});

afterAll(async () => {
  await harness?.close();
});

/** A fresh copy of the demo article, in the file's one tab (kept-tabs.ts). */
async function openDemo(): Promise<{ page: Page; card: CardProbe; tabId: number }> {
  const page = await visit(harness, harness.server.url(DEMO));
  await waitForHighlights(page);
  return { page, card: await cardProbe(page), tabId: await tabIdOf(harness, page) };
}

const cardName = (card: CardProbe) => card.read().then((c) => c?.name ?? null);
const flashedText = (page: Page) =>
  page.evaluate(() => [...(CSS.highlights.get('backstory-flash') ?? [])].map((r) => (r as Range).toString())[0]);
const activeInPage = (page: Page) => page.evaluate(() => document.activeElement?.textContent?.trim() ?? null);

describe('hover intent in real Chromium', () => {
  it('opens no card for a pointer passing over a name, and one after the pointer rests on it', async () => {
    const { page, card } = await openDemo();
    const point = await mentionCenter(page, 'Atyrau');
    // Across the word and on into plain margin, in a few quick steps: a reader's pointer passing by.
    await page.mouse.move(point.x - 80, point.y);
    await page.mouse.move(point.x + 80, point.y, { steps: 6 });
    await page.mouse.move(4, 4, { steps: 3 });
    await page.waitForTimeout(DWELL_MAX_MS + 300);
    expect(await card.read()).toBeNull();

    await page.mouse.move(point.x, point.y, { steps: 2 });
    // Not before the dwell: a read right after the move finds no card.
    expect((await card.read())?.visible ?? false).toBe(false);
    await expect.poll(() => card.read().then((c) => c?.visible), { timeout: 5000 }).toBe(true);
    expect(await cardName(card)).toBe('Atyrau');
  });
});

describe('touch', () => {
  it('opens the card for a tapped name at once, and closes it for a tap elsewhere', async () => {
    const { page, card } = await openDemo();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 1 });
    const tap = async (x: number, y: number) => {
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    };
    const point = await mentionCenter(page, 'Atyrau');
    try {
      await tap(point.x, point.y);
      // Sooner than the hover dwell could open it: the tap opened it.
      await expect.poll(() => cardName(card), { timeout: DWELL_MAX_MS - 300 }).toBe('Atyrau');
      await tap(4, 4);
      await expect.poll(() => card.read(), { timeout: 2000 }).toBeNull();
    } finally {
      // The tab is kept for the next test: it is a mouse's again.
      await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: false });
      await cdp.detach();
    }
  });
});

describe('the keyboard', () => {
  it('opens the card for the first name in view, moves focus into it, and Escape gives focus back', async () => {
    const { page, card, tabId } = await openDemo();
    await page.focus('a[href="/world"]');
    await pressCommand(harness, tabId, 'open-card');
    await expect.poll(() => card.read().then((c) => c?.visible), { timeout: 5000 }).toBe(true);
    const opened = await card.read();
    expect(opened?.focus).toBe('card-name');
    expect(await page.evaluate(() => document.activeElement?.matches('div[data-backstory-ui]'))).toBe(true);

    // Tab stays among the card's own controls, round and round.
    const labels = new Set<string | null>();
    for (let i = 0; i < (opened?.buttons.length ?? 0) + 2; i++) {
      await page.keyboard.press('Tab');
      labels.add((await card.read())?.focus ?? null);
    }
    expect(labels.has(null)).toBe(false);
    expect(labels.size).toBe(opened?.buttons.length);

    await page.keyboard.press('Escape');
    await expect.poll(() => card.read(), { timeout: 3000 }).toBeNull();
    expect(await activeInPage(page)).toBe('World');
  });

  it('opens the card for a selected name', async () => {
    const { page, card, tabId } = await openDemo();
    await page.evaluate(() => {
      const range = [...(CSS.highlights.get('backstory-place') ?? [])].find((r) => r.toString() === 'Atyrau') as Range;
      const inside = document.createRange();
      inside.setStart(range.startContainer, range.startOffset + 1);
      document.getSelection()?.removeAllRanges();
      document.getSelection()?.addRange(inside);
    });
    await pressCommand(harness, tabId, 'open-card');
    await expect.poll(() => cardName(card), { timeout: 5000 }).toBe('Atyrau');
  });

  it('steps to the next and previous highlighted names in reading order, each with its card open and flashed', async () => {
    const { page, card, tabId } = await openDemo();
    const order = await page.evaluate(() =>
      [...CSS.highlights]
        .filter(([name]) => name.startsWith('backstory-') && name !== 'backstory-flash')
        .flatMap(([, h]) => [...(h as Iterable<Range>)])
        .sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b))
        .map((r) => r.toString()),
    );
    expect(order.length).toBeGreaterThan(3);
    await pressCommand(harness, tabId, 'next-name');
    await expect.poll(() => flashedText(page), { timeout: 5000 }).toBe(order[0]);
    expect((await card.read())?.focus).toBe('card-name');
    const first = await cardName(card);
    await pressCommand(harness, tabId, 'next-name');
    await expect.poll(() => flashedText(page), { timeout: 5000 }).toBe(order[1]);
    await pressCommand(harness, tabId, 'next-name');
    await expect.poll(() => flashedText(page), { timeout: 5000 }).toBe(order[2]);
    await pressCommand(harness, tabId, 'previous-name');
    await expect.poll(() => flashedText(page), { timeout: 5000 }).toBe(order[1]);
    await pressCommand(harness, tabId, 'previous-name');
    await expect.poll(() => cardName(card), { timeout: 5000 }).toBe(first);
  });

  it('switches highlights off on this site and back on, even after a reload left the tab without a script', async () => {
    const { page, tabId } = await openDemo();
    await pressCommand(harness, tabId, 'toggle-site');
    await expect.poll(() => ourRanges(page).then((r) => r.length), { timeout: 5000 }).toBe(0);
    // Reloaded while off, the page gets no content script; the shortcut must not need one.
    await page.reload();
    await page.waitForTimeout(500);
    expect(await ourRanges(page)).toEqual([]);
    await pressCommand(harness, tabId, 'toggle-site');
    await expect.poll(() => ourRanges(page).then((r) => r.length), { timeout: 15000 }).toBeGreaterThan(5);
  });
});
