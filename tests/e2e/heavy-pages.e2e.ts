/**
 * Heavy pages: a 10,000-word article, and a page of 100,000 nodes built as div
 * soup. Backstory must read them whole, in slices that give the main thread
 * back to the page, and without touching the page.
 *
 * How long a task takes depends on the machine and on what else it runs, so
 * no test here counts long tasks: `npm run bench` does, with its goals. What is
 * checked is the mechanism: the read ran in many separate tasks of the page's
 * main thread. Which tasks ran our script is told by the content script's URL
 * in the CPU samples of a DevTools trace (no hook in the shipped code), so the
 * page's own parsing and this test's probes are never counted as ours.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type BenchSite,
  type ExtensionBrowser,
  launchExtension,
  serveBenchSite,
  waitForOurHighlights,
} from '../../scripts/bench-browser/bench-site';
import { extensionPrefix, loadAndTrace } from '../../scripts/bench-browser/page-load-tasks';

let site: BenchSite;
let browser: ExtensionBrowser;

beforeAll(async () => {
  site = await serveBenchSite();
  browser = await launchExtension({ headless: true });
  // Every change to the page after it was parsed, from its first moment.
  await browser.context.addInitScript(() => {
    const w = window as unknown as { __changes: string[] };
    w.__changes = [];
    document.addEventListener('DOMContentLoaded', () => {
      new MutationObserver((records) => {
        for (const r of records) w.__changes.push(`${r.type} on ${r.target.nodeName}`);
      }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    });
  });
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** What the page looks like once read: its size, our highlights, and what changed in it. */
const pageFacts = (page: Page) =>
  page.evaluate(() => {
    let nodes = 0;
    for (const walker = document.createTreeWalker(document.documentElement); walker.nextNode(); ) nodes++;
    const ranges = [...CSS.highlights]
      .filter(([name]) => name.startsWith('backstory-'))
      .flatMap(([, h]) => [...(h as Iterable<Range>)]);
    // Slices must not lose the end of the story: some name in its last paragraphs is drawn.
    const ending = [...document.querySelectorAll('p')].filter((p) => (p.textContent ?? '').length > 200).slice(-5);
    return {
      nodes,
      ranges: ranges.length,
      endingRead: ranges.some((r) => ending.some((p) => p.contains(r.startContainer))),
      changes: (window as unknown as { __changes: string[] }).__changes,
    };
  });

/**
 * Walking 100,000 nodes is far more than one 10 ms slice of work on any machine, so a sliced read runs in many
 * tasks (74 on a loaded 2-core machine); unsliced it would run in a handful: the read, the background's answer,
 * the drawing. The 10,000-word article is less work, and on a fast machine few slices, so it proves the read
 * whole rather than the slicing.
 */
const SLICED = 8;

const trace = (page: Page, url: string) =>
  loadAndTrace(page, url, { ready: waitForOurHighlights, ourPrefix: extensionPrefix(browser.extensionId) });

const describeTasks = (tasks: { ms: number; ourMs: number }[]) =>
  tasks.map((t) => `${t.ms.toFixed(0)} ms (ours ${t.ourMs.toFixed(0)} ms)`).join(', ') || 'none';

describe('heavy pages', () => {
  it('reads a 10,000-word article in slices, all of it, without touching the page', async () => {
    const page = await browser.context.newPage();
    const result = await trace(page, site.url('long'));
    const facts = await pageFacts(page);
    console.log(
      `10,000 words: our script ran in ${result.ourTasks} tasks; long tasks of ours: ${describeTasks(result.ours)}`,
    );
    expect(facts.ranges).toBeGreaterThan(500);
    expect(facts.endingRead).toBe(true);
    expect(facts.changes).toEqual([]);
    expect(result.ourTasks).toBeGreaterThan(1);
    await page.close();
  });

  it('reads a page of 100,000 nodes in slices, all of it, without touching the page', async () => {
    const page = await browser.context.newPage();
    const result = await trace(page, site.url('huge'));
    const facts = await pageFacts(page);
    console.log(
      `100,000 nodes: our script ran in ${result.ourTasks} tasks; long tasks of ours: ${describeTasks(result.ours)}`,
    );
    expect(facts.nodes).toBeGreaterThan(95_000);
    expect(facts.ranges).toBeGreaterThan(100);
    expect(facts.endingRead).toBe(true);
    expect(facts.changes).toEqual([]);
    expect(result.ourTasks).toBeGreaterThanOrEqual(SLICED);
    await page.close();
  });
});
