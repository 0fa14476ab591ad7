/**
 * Heavy pages: a 10,000-word article, and a page of 100,000 nodes built as div
 * soup. Backstory must read them whole without ever holding the main thread
 * for 50 ms or more (so input and painting never wait long behind it), and
 * without touching the page.
 *
 * How a task is known to be ours: Chromium keeps an extension's tasks out of
 * the page's own PerformanceObserver('longtask'), so the renderer's main thread
 * is traced from outside (DevTools tracing, no hook in the shipped code).
 * These pages run no script of their own, so a long task in which script ran
 * is the content script's. Detection runs in the background, so no task of
 * the page's main thread may be ours.
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
import { loadAndTrace } from '../../scripts/bench-browser/page-load-tasks';

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

const describeTasks = (tasks: { ms: number; scriptMs: number }[]) =>
  tasks.map((t) => `${t.ms.toFixed(0)} ms (script ${t.scriptMs.toFixed(0)} ms)`);

describe('heavy pages', () => {
  it('reads a 10,000-word article in slices, all of it, without a long task of ours or touching the page', async () => {
    const page = await browser.context.newPage();
    const result = await loadAndTrace(page, site.url('long'), { ready: waitForOurHighlights });
    const facts = await pageFacts(page);
    expect(facts.ranges).toBeGreaterThan(500);
    expect(facts.endingRead).toBe(true);
    expect(facts.changes).toEqual([]);
    expect(describeTasks(result.ours)).toEqual([]);
    await page.close();
  });

  it('reads a page of 100,000 nodes in slices, without a long task of ours', async () => {
    const page = await browser.context.newPage();
    const result = await loadAndTrace(page, site.url('huge'), { ready: waitForOurHighlights });
    const facts = await pageFacts(page);
    expect(facts.nodes).toBeGreaterThan(95_000);
    expect(facts.ranges).toBeGreaterThan(100);
    expect(facts.endingRead).toBe(true);
    expect(facts.changes).toEqual([]);
    expect(describeTasks(result.ours)).toEqual([]);
    await page.close();
  });
});
