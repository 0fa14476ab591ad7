import type { Page } from 'playwright-core';

/** A page that code can run in: Playwright's and Puppeteer's both are, so Chromium and Firefox tests share these probes. */
export interface Evaluates {
  evaluate<R>(fn: () => R): Promise<R>;
  evaluate<R>(fn: (arg: string) => R, arg: string): Promise<R>;
}

/** The texts under each of our highlights, read from the page's own CSS.highlights. */
export async function highlightedTexts(page: Evaluates): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('backstory-')) continue;
      out[name] = [...highlight].map((range) => range.toString());
    }
    return out;
  });
}

export async function allHighlighted(page: Evaluates): Promise<string[]> {
  const byName = await highlightedTexts(page);
  return Object.entries(byName)
    .filter(([name]) => name !== 'backstory-flash')
    .flatMap(([, texts]) => texts);
}

/** Runs in the page: whether the content script has registered highlights. */
export const hasOurHighlights = () => [...CSS.highlights.keys()].some((k) => k.startsWith('backstory-'));

/** How long a page may take to be scanned and highlighted, on a slow machine. */
export const HIGHLIGHTS_TIMEOUT_MS = 15_000;

/** Waits until the content script has registered highlights. */
export async function waitForHighlights(page: Page): Promise<void> {
  await page.waitForFunction(hasOurHighlights, null, { timeout: HIGHLIGHTS_TIMEOUT_MS });
}

/** The viewport centre of the first highlighted mention with this exact text. */
export async function mentionCenter(page: Evaluates, text: string): Promise<{ x: number; y: number }> {
  const point = await page.evaluate((wanted) => {
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('backstory-')) continue;
      for (const range of highlight as Iterable<Range>) {
        if (range.toString() !== wanted) continue;
        range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
        // A name broken across two lines has a bounding box over other words: aim at its first line.
        const rect = range.getClientRects()[0] ?? range.getBoundingClientRect();
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }
    }
    return null;
  }, text);
  if (!point) throw new Error(`no highlighted mention reads "${text}"`);
  return point;
}
