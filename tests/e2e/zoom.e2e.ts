/**
 * 200% zoom. Browser zoom (Ctrl +) doubles the size of a CSS pixel: the page lays out in a viewport half as wide
 * and high in CSS pixels, and devicePixelRatio becomes 2. DevTools' device-metrics override does exactly that to a
 * tab (a 640×450 CSS-pixel viewport at scale 2 is a 1280×900 window zoomed to 200%), and the content script sees
 * what it would see under real zoom: innerWidth/innerHeight and the word's boxes in the halved CSS pixels.
 * Emulation.setPageScaleFactor is pinch zoom instead, which leaves the layout viewport (and so the placement of a
 * fixed card) as it was, and CSS `zoom` on the page would leave innerWidth unchanged: neither is browser zoom.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { mentionCenter, waitForHighlights } from '../../scripts/browser/page-probes';
import { cardProbe } from './support/card-probe';
import { type Harness, openPopup, startHarness, tabIdOf } from './support/extension-fixture';
import { visit } from './support/kept-tabs';
import { outside, overlaps, wordRects } from './support/word-rects';

const SHOTS = '.output/e2e';
/** A 1280×900 window at 200%. */
const ZOOMED = { width: 640, height: 450 };
/** Chrome's largest popup, 800×600 device pixels, at 200%. */
const ZOOMED_POPUP = { width: 400, height: 300 };

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
  await mkdir(SHOTS, { recursive: true });
});
afterAll(async () => {
  await harness?.close();
});

/** The zoom of the test running, undone after it: the tabs are kept for the next test (kept-tabs.ts). */
let zoomed: CDPSession | undefined;
afterEach(async () => {
  await zoomed?.send('Emulation.clearDeviceMetricsOverride');
  await zoomed?.detach();
  zoomed = undefined;
});

/** Zooms the tab to 200%; returns a screenshot taker that keeps the zoom (Playwright's own would reset it). */
async function zoom(page: Page, size: { width: number; height: number }): Promise<(file: string) => Promise<void>> {
  const cdp = await page.context().newCDPSession(page);
  zoomed = cdp;
  await cdp.send('Emulation.setDeviceMetricsOverride', { ...size, deviceScaleFactor: 2, mobile: false });
  await page.waitForFunction((w) => innerWidth === w && devicePixelRatio === 2, size.width);
  return async (file) => {
    const { data } = await cdp.send('Page.captureScreenshot', { format: 'png' });
    await writeFile(`${SHOTS}/${file}`, Buffer.from(data, 'base64'));
  };
}

describe('at 200% zoom', () => {
  for (const name of ['Maks Boqaev', 'Atyrau', 'Human Rights Watch']) {
    it(`opens the card for ${name} beside its word, inside the window, with all its text readable`, async () => {
      const page = await visit(harness, harness.server.url('kazakhstan-activist.html'));
      await waitForHighlights(page);
      const shoot = await zoom(page, ZOOMED);
      const card = await cardProbe(page);
      const point = await mentionCenter(page, name);
      await page.mouse.move(point.x, point.y, { steps: 4 });
      await expect.poll(() => card.read().then((c) => c?.visible), { timeout: 5000 }).toBe(true);
      const view = await card.read();
      const frame = view?.frame;
      if (!view || !frame) throw new Error('no card frame');
      expect(outside(frame.box, ZOOMED)).toBeLessThanOrEqual(0.5);
      for (const word of await wordRects(page, name)) expect(overlaps(frame.box, word)).toBe(false);
      // Nothing cut off sideways, and whatever does not fit in height scrolls.
      expect(view.box.x).toBeGreaterThanOrEqual(frame.box.x - 0.5);
      expect(view.box.x + view.box.width).toBeLessThanOrEqual(frame.box.x + frame.box.width + 0.5);
      if (frame.scrollHeight > frame.clientHeight) {
        expect(['auto', 'scroll']).toContain(frame.overflowY);
        // The wheel over the card reaches its last line.
        await page.mouse.move(frame.box.x + frame.box.width / 2, frame.box.y + frame.box.height / 2, { steps: 3 });
        await page.mouse.wheel(0, 4000);
        await expect
          .poll(async () => {
            const after = await card.read();
            return after ? after.box.y + after.box.height - (frame.box.y + frame.box.height) : Number.NaN;
          })
          .toBeLessThanOrEqual(1);
      }
      await shoot(`zoom-card-${name.replaceAll(' ', '-')}.png`);
    });
  }

  it('lays the popup out with nothing cut off sideways and its controls in reach', async () => {
    const page = await visit(harness, harness.server.url('kazakhstan-activist.html'));
    await waitForHighlights(page);
    const popup = await openPopup(harness, await tabIdOf(harness, page));
    await popup.locator('.entity-name').first().waitFor();
    const shoot = await zoom(popup, ZOOMED_POPUP);
    await popup.getByText('Keyboard shortcuts').click();
    const report = await popup.evaluate(() => {
      const width = document.documentElement.clientWidth;
      const sticksOut = [...document.querySelectorAll<HTMLElement>('.popup *')]
        .filter((el) => el.getBoundingClientRect().right > width + 0.5 || el.getBoundingClientRect().left < -0.5)
        .map((el) => el.className || el.localName);
      return { sideways: document.documentElement.scrollWidth - width, sticksOut };
    });
    expect(report).toEqual({ sideways: 0, sticksOut: [] });
    // Every control can be reached: the last row of the list scrolls into view.
    const last = popup.locator('.entity-name').last();
    await last.scrollIntoViewIfNeeded();
    expect(await last.isVisible()).toBe(true);
    await shoot('zoom-popup.png');
  });
});
