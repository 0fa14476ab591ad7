import { mkdir } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { highlightedTexts, mentionCenter, waitForHighlights } from '../../scripts/browser/page-probes';
import { cardProbe } from './support/card-probe';
import { type Harness, startHarness } from './support/extension-fixture';
import { keptTab } from './support/kept-tabs';
import { outside, overlaps, wordRects } from './support/word-rects';

/** An original Arabic news article with Latin-script names, laid out right to left. */
const RTL_PAGE = 'rtl-article.html';
const SHOTS = '.output/e2e';
/** Narrow enough that the article meets both edges, so a card beside a line's first or last word is near one. */
const VIEW = { width: 720, height: 640 };

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
  await mkdir(SHOTS, { recursive: true });
});
afterAll(async () => {
  await harness?.close();
});

/** The file's one tab (kept-tabs.ts), loaded afresh for each test at the narrow size. */
async function openRtl(): Promise<Page> {
  const page = await keptTab(harness);
  // The pointer may still rest where the last test's card was.
  await page.mouse.move(1, 1);
  await page.setViewportSize(VIEW);
  await page.goto(harness.server.url(RTL_PAGE));
  await waitForHighlights(page);
  return page;
}

describe('a right-to-left article', () => {
  it('highlights the Latin-script names inside the Arabic text, each under its type', async () => {
    const page = await openRtl();
    expect(await page.evaluate(() => getComputedStyle(document.body).direction)).toBe('rtl');
    const byName = await highlightedTexts(page);
    expect(byName['backstory-place']).toEqual(expect.arrayContaining(['Kazakhstan', 'Astana', 'Atyrau', 'Almaty']));
    expect(byName['backstory-org']).toEqual(
      expect.arrayContaining(['United Nations', 'European Union', 'Human Rights Watch']),
    );
  });

  // Kazakhstan opens its paragraph, so in this layout it sits at the right edge; the others fall mid-line or further left.
  for (const name of ['Kazakhstan', 'Atyrau', 'Human Rights Watch', 'Almaty']) {
    it(`opens the card for ${name} beside its word, inside the viewport`, async () => {
      const page = await openRtl();
      const card = await cardProbe(page);
      const point = await mentionCenter(page, name);
      await page.mouse.move(point.x, point.y, { steps: 4 });
      await expect.poll(() => card.read().then((c) => c?.visible), { timeout: 5000 }).toBe(true);
      const view = await card.read();
      if (!view) throw new Error('the card closed');
      expect(view.name).toBe(name);
      // The frame is what the reader sees: a card taller than the room beside its word scrolls inside it.
      const frame = view.frame?.box;
      if (!frame) throw new Error('the card has no frame');
      expect(outside(frame, VIEW)).toBeLessThanOrEqual(0.5);
      const words = await wordRects(page, name);
      expect(words.length).toBeGreaterThan(0);
      for (const word of words) expect(overlaps(frame, word), `${name} covered by its card`).toBe(false);
      // Right to left, the card lines up with the word's right edge (where the eye comes from), held inside the window.
      const [word] = words;
      if (!word) throw new Error('no word');
      const gap = 8;
      const expectedLeft = Math.max(gap, Math.min(word.x + word.width - frame.width, VIEW.width - frame.width - gap));
      expect(Math.abs(frame.x - expectedLeft)).toBeLessThanOrEqual(1.5);
      await page.screenshot({ path: `${SHOTS}/rtl-card-${name.replaceAll(' ', '-')}.png` });
    });
  }
});
