/**
 * The background is shared by every tab. An ordinary article opened while a page made to be slow (one name
 * 40,000 times, 1.5 MB) is being read: how long until its highlights, beside the same article opened alone.
 */
import { type BenchSite, type ExtensionBrowser, waitForOurHighlights } from './bench-site';
import { INDENT, ms, runs } from './report';

const LOADS = 3;
/** The hostile page has started its read by then: its text is with the background. */
const OPEN_AFTER_MS = 1_000;

async function timeArticle(browser: ExtensionBrowser, site: BenchSite): Promise<number> {
  const tab = await browser.context.newPage();
  const start = performance.now();
  await tab.goto(site.url('article'));
  await waitForOurHighlights(tab, 120_000);
  const took = performance.now() - start;
  await tab.close();
  return took;
}

export async function benchHostileTab(site: BenchSite, browser: ExtensionBrowser): Promise<void> {
  const alone: number[] = [];
  const beside: number[] = [];
  const hostile: number[] = [];
  for (let i = 0; i < LOADS; i++) {
    alone.push(await timeArticle(browser, site));
    const bad = await browser.context.newPage();
    const start = performance.now();
    await bad.goto(site.url('hostile'), { waitUntil: 'commit' });
    const badDone = waitForOurHighlights(bad, 120_000).then(() => performance.now() - start);
    await new Promise((resolve) => setTimeout(resolve, OPEN_AFTER_MS));
    beside.push(await timeArticle(browser, site));
    hostile.push(await badDone);
    await bad.close();
  }
  console.log(
    `\n  An ordinary article's time to first highlight, alone and opened ${OPEN_AFTER_MS / 1000} s after a page repeating one name 40,000 times (1.5 MB), each of ${LOADS} loads:`,
  );
  console.log(
    `${INDENT}alone: ${runs(alone)} ms; beside the hostile page: ${runs(beside)} ms (median ${ms(beside.sort((a, b) => a - b)[1] ?? 0)})`,
  );
  console.log(`${INDENT}the hostile page itself, to its first highlight: ${runs(hostile)} ms`);
  console.log(`${INDENT}Before (issue 14): 0.45 s alone, 8.2 s beside it, and 13 s for the hostile page.`);
}
