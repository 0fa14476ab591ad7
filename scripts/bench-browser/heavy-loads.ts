/**
 * Long tasks on the heavy pages: each loaded a few times with the extension,
 * its main thread traced until the highlights are drawn, and once in Chromium
 * without the extension, for the page's own long tasks (layout of 100,000
 * nodes takes a while, with or without us).
 */
import type { BrowserContext } from 'playwright-core';
import { formatTable } from '../lib/format-table';
import { type BenchSite, type ExtensionBrowser, waitForOurHighlights } from './bench-site';
import { loadAndTrace, type PageLoadTasks } from './page-load-tasks';
import { INDENT, runs } from './report';

const LOADS = 3;

interface HeavyLoads {
  ours: PageLoadTasks[];
  without: PageLoadTasks;
}

export async function benchLongTasks(site: BenchSite, browser: ExtensionBrowser, plain: BrowserContext): Promise<void> {
  const load = async (page: 'long' | 'huge' | 'giant'): Promise<HeavyLoads> => {
    const ours: PageLoadTasks[] = [];
    for (let i = 0; i < LOADS; i++) {
      const tab = await browser.context.newPage();
      ours.push(await loadAndTrace(tab, site.url(page), { ready: waitForOurHighlights }));
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
    runs(ours.map((o) => o.longestScriptTask)),
    runs(ours.map((o) => o.longByCpu)),
    runs(ours.map((o) => o.longestScriptCpu)),
    runs(ours.map((o) => o.long.length - o.ours.length)),
    runs([without.long.length]),
  ];
  const rows = [
    row('10,000-word article', await load('long')),
    row('100,000-node page', await load('huge')),
    row('205,000-text-node page', await load('giant')),
  ];
  console.log(
    `\n  Long tasks (50 ms or more) while a heavy page loads and is read, each of ${LOADS} loads (goal: none of ours):`,
  );
  const header = [
    '',
    'ours',
    'longest of ours (ms)',
    'ours by thread time',
    'longest, thread time (ms)',
    'the page’s',
    'page’s, no extension',
  ];
  console.log(formatTable(header, rows, INDENT));
  console.log(
    `${INDENT}Ours: long tasks in which script ran, traced from outside (Chromium keeps an extension's tasks`,
  );
  console.log(
    `${INDENT}from the page's longtask observer); these pages run no script, so that script is the content script.`,
  );
  console.log(`${INDENT}Detection itself runs in the background, off the page's main thread.`);
}
