/**
 * Long tasks on the heavy pages: each loaded a few times with the extension,
 * its main thread traced until the highlights are drawn, and once in Chromium
 * without the extension, for the page's own long tasks (layout of 100,000
 * nodes takes a while, with or without us).
 */
import type { BrowserContext, Page } from 'playwright-core';
import { formatTable } from '../lib/format-table';
import { type BenchSite, type ExtensionBrowser, waitForOurHighlights } from './bench-site';
import { extensionPrefix, loadAndTrace, type PageLoadTasks } from './page-load-tasks';
import { INDENT, runs } from './report';

const LOADS = 3;
/** How long the 5 MB article and the 205,000-text-node page may take to be highlighted: measured, not timed out. */
const BIG_PAGE_WAIT_MS = 180_000;

interface HeavyLoads {
  ours: PageLoadTasks[];
  without: PageLoadTasks;
}

const HEAVY_PAGES = {
  long: '10,000-word article',
  huge: '100,000-node page',
  giant: '205,000-text-node page',
  big: '5 MB article',
};
export type HeavyPage = keyof typeof HEAVY_PAGES;

/** The pages a `--heavy giant,big` argument names; all of them when it names none. */
export function heavyPagesNamed(arg: string | undefined): HeavyPage[] {
  const named = (arg ?? '').split(',').filter((name): name is HeavyPage => name in HEAVY_PAGES);
  return named.length > 0 ? named : (Object.keys(HEAVY_PAGES) as HeavyPage[]);
}

export async function benchLongTasks(
  site: BenchSite,
  browser: ExtensionBrowser,
  plain: BrowserContext,
  pages = heavyPagesNamed(undefined),
): Promise<void> {
  const ourPrefix = extensionPrefix(browser.extensionId);
  const load = async (page: HeavyPage): Promise<HeavyLoads> => {
    const ours: PageLoadTasks[] = [];
    const wait = page === 'big' || page === 'giant' ? BIG_PAGE_WAIT_MS : undefined;
    for (let i = 0; i < LOADS; i++) {
      const tab = await browser.context.newPage();
      const ready = (p: Page) => waitForOurHighlights(p, wait);
      ours.push(await loadAndTrace(tab, site.url(page), { ready, ourPrefix }));
      await tab.close();
    }
    const bare = await plain.newPage();
    const without = await loadAndTrace(bare, site.url(page), { ready: (p) => p.waitForLoadState('load') });
    await bare.close();
    return { ours, without };
  };
  const row = (label: string, { ours, without }: HeavyLoads) => [
    label,
    runs(ours.map((o) => o.ours.length)),
    runs(ours.map((o) => o.longestOurs)),
    runs(ours.map((o) => o.oursByCpu)),
    runs(ours.map((o) => o.longestOursCpu)),
    runs(ours.map((o) => o.ourTasks)),
    runs(ours.map((o) => o.ourGcMs)),
    runs(ours.map((o) => o.longestOurGcMs)),
    runs(ours.map((o) => o.readyMs)),
    runs(ours.map((o) => o.long.length - o.ours.length)),
    runs([without.long.length]),
  ];
  const rows = [];
  for (const page of pages) rows.push(row(HEAVY_PAGES[page], await load(page)));
  console.log(
    `\n  Long tasks (50 ms or more) while a heavy page loads and is read, each of ${LOADS} loads (goal: none of ours):`,
  );
  const header = [
    '',
    'ours',
    'our most in a task (ms)',
    'ours by thread time',
    'longest of ours, thread time (ms)',
    'tasks we ran in',
    'GC in ours, thread time (ms)',
    'most GC in one of ours (ms)',
    'until highlighted (ms)',
    'the page’s',
    'page’s, no extension',
  ];
  console.log(formatTable(header, rows, INDENT));
  console.log(
    `${INDENT}Ours: long tasks mostly spent in our content script, told by its URL in the trace's CPU samples`,
  );
  console.log(
    `${INDENT}(Chromium keeps an extension's tasks from the page's longtask observer); by thread time: the same`,
  );
  console.log(
    `${INDENT}tasks measured by the thread's own clock, which waiting for a busy core does not stretch. The page's:`,
  );
  console.log(
    `${INDENT}every other long task, beside the same page's in Chromium without the extension. GC: V8's scavenges and`,
  );
  console.log(
    `${INDENT}mark-compacts inside the tasks mostly ours. Until highlighted: from navigation to our highlights drawn,`,
  );
  console.log(`${INDENT}page load included. Detection runs in the background, off the page's main thread.`);
}
