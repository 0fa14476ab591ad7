/**
 * A page that changes 100 nodes a second: Backstory's share of its main
 * thread. Chromium counts the time its renderer's main thread spends in tasks
 * (and in script); the same page is run with and without the extension, and
 * the difference per second of wall time is ours. The run without the
 * extension is shorter: the page's own work is the same every second.
 */
import type { BrowserContext } from 'playwright-core';
import { formatTable } from '../lib/format-table';
import { type BenchSite, meterMainThread, waitForOurHighlights } from './bench-site';
import { INDENT, ms, share } from './report';

const SECONDS = { with: 60, without: 15 };
const GOAL_SHARE = 0.05;

export interface LiveRun {
  seconds: number;
  /** Main-thread time per second of wall time, in ms (so 10 is 1%). */
  taskMsPerSecond: number;
  scriptMsPerSecond: number;
  /** Our highlights on the page at the end, to show they kept up. */
  highlights: number;
}

export async function runLivePage(
  context: BrowserContext,
  site: BenchSite,
  seconds: number,
  withExtension: boolean,
): Promise<LiveRun> {
  const page = await context.newPage();
  await page.goto(site.url('live'));
  if (withExtension) await waitForOurHighlights(page);
  else await page.waitForLoadState('load');
  const meter = await meterMainThread(page);
  const started = performance.now();
  await page.waitForTimeout(seconds * 1000);
  const spent = await meter.read();
  const wall = (performance.now() - started) / 1000;
  await meter.stop();
  const highlights = await page.evaluate(() =>
    [...CSS.highlights]
      .filter(([name]) => name.startsWith('backstory-'))
      .reduce((sum, [, highlight]) => sum + highlight.size, 0),
  );
  await page.close();
  return {
    seconds: wall,
    taskMsPerSecond: spent.taskMs / wall,
    scriptMsPerSecond: spent.scriptMs / wall,
    highlights,
  };
}

export async function benchLivePage(
  site: BenchSite,
  withExtension: BrowserContext,
  without: BrowserContext,
): Promise<void> {
  const ours = await runLivePage(withExtension, site, SECONDS.with, true);
  const bare = await runLivePage(without, site, SECONDS.without, false);
  const title = `A page changing 100 nodes a second: our share of its main thread (goal: < ${share(GOAL_SHARE)})`;
  console.log(`\n  ${title}:`);
  const rows = [
    [
      `with extension, ${ours.seconds.toFixed(0)} s`,
      ms(ours.taskMsPerSecond),
      ms(ours.scriptMsPerSecond),
      `${ours.highlights}`,
    ],
    [`without, ${bare.seconds.toFixed(0)} s`, ms(bare.taskMsPerSecond), ms(bare.scriptMsPerSecond), ''],
    [
      'ours, as a share of wall time',
      share((ours.taskMsPerSecond - bare.taskMsPerSecond) / 1000),
      share((ours.scriptMsPerSecond - bare.scriptMsPerSecond) / 1000),
      '',
    ],
  ];
  console.log(formatTable(['', 'main thread per s', 'script per s', 'highlights at the end'], rows, INDENT));
}
