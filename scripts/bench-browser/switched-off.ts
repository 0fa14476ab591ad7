/**
 * What the content script costs a page on a site the reader switched off. The
 * background leaves such sites out of the script's registration, so the
 * browser should not inject it at all; this measures that it does not. Its time
 * is the script time on the page's main thread, from navigation until a
 * second after the load event, less the same without the extension (the
 * article runs no script of its own, so that is close to nothing).
 */
import type { BrowserContext, Page } from 'playwright-core';
import { median } from '../lib/bench/timing';
import { formatTable } from '../lib/format-table';
import { type BenchSite, type ExtensionBrowser, switchSite } from './bench-site';
import { MainThreadTrace } from './main-thread';
import { INDENT, ms, runs } from './report';

const LOADS = 5;
const GOAL_MS = 2;

/** Long enough after the load event for the content script to have read the switch and stopped. */
const IDLE_AFTER_LOAD_MS = 1000;

export interface SwitchedOff {
  /** Script time on the main thread per page load, with the extension (site off) and without it, in ms. */
  withExtension: number[];
  without: number[];
}

async function scriptTime(page: Page, url: string): Promise<number> {
  const trace = await MainThreadTrace.start(page);
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(IDLE_AFTER_LOAD_MS);
  const tasks = await trace.stop();
  await page.close();
  return tasks.reduce((sum, t) => sum + t.scriptMs, 0);
}

export async function switchedOffCost(
  site: BenchSite,
  browser: ExtensionBrowser,
  plain: BrowserContext,
  loads: number,
): Promise<SwitchedOff> {
  const url = site.url('article');
  const host = new URL(url).hostname;
  const out: SwitchedOff = { withExtension: [], without: [] };
  await switchSite(browser, host, false);
  try {
    for (let i = 0; i < loads; i++) {
      out.withExtension.push(await scriptTime(await browser.context.newPage(), url));
      out.without.push(await scriptTime(await plain.newPage(), url));
    }
  } finally {
    await switchSite(browser, host, true);
  }
  return out;
}

export async function benchSwitchedOff(
  site: BenchSite,
  browser: ExtensionBrowser,
  plain: BrowserContext,
): Promise<void> {
  const off = await switchedOffCost(site, browser, plain, LOADS);
  const ours = median(off.withExtension) - median(off.without);
  console.log(`\n  A site switched off: the content script’s own time, injection to idle (goal: < ${GOAL_MS} ms):`);
  const rows = [
    ['script on the main thread per load', ms(median(off.withExtension)), ms(median(off.without)), ms(ours)],
    ['each load, with extension (ms)', runs(off.withExtension), '', ''],
  ];
  console.log(formatTable([`median of ${LOADS} loads`, 'with extension', 'without', 'ours'], rows, INDENT));
}
