/**
 * Time to first highlight: from the start of navigation to the first frame in
 * which the page has our highlights. Cold: the first page after the browser
 * started, so the service worker has just started and loads the knowledge
 * pack on the first question. Warm: the next pages in the same browser.
 */
import type { Page } from 'playwright-core';
import { median } from '../lib/bench/timing';
import { formatTable } from '../lib/format-table';
import { type BenchSite, launchExtension, waitForOurHighlights } from './bench-site';
import { INDENT, ms, runs } from './report';

const LAUNCHES = 3;
const WARM_PAGES = 2;

export interface FirstHighlightTimes {
  cold: number[];
  warm: number[];
  /** When the page's load event ended, for scale. */
  loaded: number[];
}

/**
 * Runs in the page before its own scripts: notes the first frame that has our
 * highlights. Kept as text, since tsx wraps a function's inner helpers in a
 * naming call the page does not have.
 */
const NOTE_FIRST_HIGHLIGHT = `(() => {
  const look = () => {
    if ([...CSS.highlights.keys()].some((name) => name.startsWith('backstory-'))) window.__firstHighlight = performance.now();
    else requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
})();`;

async function timeOne(page: Page, url: string): Promise<{ first: number; loaded: number }> {
  await page.goto(url);
  await waitForOurHighlights(page);
  await page.waitForFunction(() => (window as { __firstHighlight?: number }).__firstHighlight !== undefined);
  const times = await page.evaluate(() => ({
    first: (window as { __firstHighlight?: number }).__firstHighlight ?? Number.NaN,
    loaded: performance.getEntriesByType('navigation')[0]?.toJSON().loadEventEnd ?? Number.NaN,
  }));
  await page.close();
  return times;
}

/** `launches` fresh browsers; in each, one cold page and then `warmPages` warm ones. */
export async function timeToFirstHighlight(
  site: BenchSite,
  launches: number,
  warmPages: number,
): Promise<FirstHighlightTimes> {
  const out: FirstHighlightTimes = { cold: [], warm: [], loaded: [] };
  for (let i = 0; i < launches; i++) {
    const browser = await launchExtension({ headless: true });
    try {
      await browser.context.addInitScript({ content: NOTE_FIRST_HIGHLIGHT });
      const cold = await timeOne(await browser.context.newPage(), site.url('article'));
      out.cold.push(cold.first);
      out.loaded.push(cold.loaded);
      for (let j = 0; j < warmPages; j++) {
        const warm = await timeOne(await browser.context.newPage(), site.url('article'));
        out.warm.push(warm.first);
        out.loaded.push(warm.loaded);
      }
    } finally {
      await browser.close();
    }
  }
  return out;
}

export async function benchFirstHighlight(site: BenchSite): Promise<void> {
  const times = await timeToFirstHighlight(site, LAUNCHES, WARM_PAGES);
  console.log('\n  Time to first highlight on a corpus article, from navigation start to the first frame with them:');
  const rows = [
    [`cold: the first page after the browser started (${LAUNCHES} launches)`, ms(median(times.cold)), runs(times.cold)],
    ['warm: the pages after it', ms(median(times.warm)), runs(times.warm)],
    ['for scale: the page’s own load event', ms(median(times.loaded)), runs(times.loaded)],
  ];
  console.log(formatTable(['', 'median', 'each run (ms)'], rows, INDENT));
}
