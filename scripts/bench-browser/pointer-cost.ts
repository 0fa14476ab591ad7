/**
 * What a pointer move over highlighted text costs the page: the main-thread
 * time Chromium counts while the pointer crosses the 10,000-word article's
 * names and the gaps between them, divided by the moves. Run with and without
 * the extension over the same points; the difference is ours.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { formatTable } from '../lib/format-table';
import { type BenchSite, meterMainThread, waitForOurHighlights } from './bench-site';
import { INDENT, ms } from './report';

const MOVES = 500;
/** Names to cross, each with the plain text beside it. */
const NAMES = 20;

export interface Point {
  x: number;
  y: number;
}

/** Centres of highlighted names in the viewport, each with a point on plain text beside it. */
export async function pointsOverNames(page: Page, count: number): Promise<Point[]> {
  return page.evaluate((count) => {
    const points: { x: number; y: number }[] = [];
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('backstory-')) continue;
      for (const range of highlight as Iterable<Range>) {
        const rect = range.getBoundingClientRect();
        if (rect.top < 0 || rect.bottom > innerHeight || rect.width === 0) continue;
        points.push({ x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 });
        points.push({ x: Math.max(1, rect.left - 12), y: rect.top + rect.height / 2 });
        if (points.length >= count) return points;
      }
    }
    return points;
  }, count);
}

/** Moves the pointer through the points, round after round; returns main-thread time per move, in ms. */
export async function costPerMove(
  page: Page,
  points: Point[],
  moves: number,
): Promise<{ taskMs: number; scriptMs: number }> {
  if (points.length === 0) throw new Error('no points to move over');
  const meter = await meterMainThread(page);
  for (let i = 0; i < moves; i++) {
    const point = points[i % points.length] as Point;
    await page.mouse.move(point.x, point.y);
  }
  // Let the last frame, and the hit test it runs, finish before reading the counters.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
  const spent = await meter.read();
  await meter.stop();
  return { taskMs: spent.taskMs / moves, scriptMs: spent.scriptMs / moves };
}

export async function benchPointer(
  site: BenchSite,
  withExtension: BrowserContext,
  without: BrowserContext,
): Promise<void> {
  const ours = await withExtension.newPage();
  await ours.goto(site.url('long'));
  await waitForOurHighlights(ours);
  // The read's last slices end before the counting starts.
  await ours.waitForTimeout(500);
  const points = await pointsOverNames(ours, NAMES * 2);
  const cost = await costPerMove(ours, points, MOVES);
  const bare = await without.newPage();
  await bare.goto(site.url('long'));
  const base = await costPerMove(bare, points, MOVES);
  await Promise.all([ours.close(), bare.close()]);
  console.log(`\n  A pointer move over the 10,000-word article’s names (${MOVES} moves; a frame at 60 Hz is 16.7 ms):`);
  const rows = [
    ['main-thread time per move', ms(cost.taskMs), ms(base.taskMs), ms(cost.taskMs - base.taskMs)],
    ['of which script', ms(cost.scriptMs), ms(base.scriptMs), ms(cost.scriptMs - base.scriptMs)],
  ];
  console.log(formatTable(['', 'with extension', 'without', 'ours'], rows, INDENT));
}
