import type { Page } from 'playwright-core';

/** The texts under each of our highlights, read from the page's own CSS.highlights. */
export async function highlightedTexts(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('backstory-')) continue;
      out[name] = [...highlight].map((range) => range.toString());
    }
    return out;
  });
}

export async function allHighlighted(page: Page): Promise<string[]> {
  const byName = await highlightedTexts(page);
  return Object.entries(byName)
    .filter(([name]) => name !== 'backstory-flash')
    .flatMap(([, texts]) => texts);
}

/** Waits until the content script has registered highlights. */
export async function waitForHighlights(page: Page): Promise<void> {
  await page.waitForFunction(() => [...CSS.highlights.keys()].some((k) => k.startsWith('backstory-')), null, {
    timeout: 15_000,
  });
}

/** The viewport centre of the first highlighted mention with this exact text. */
export async function mentionCenter(page: Page, text: string): Promise<{ x: number; y: number }> {
  const point = await page.evaluate((wanted) => {
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('backstory-')) continue;
      for (const range of highlight as Iterable<Range>) {
        if (range.toString() !== wanted) continue;
        range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
        const rect = range.getBoundingClientRect();
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }
    }
    return null;
  }, text);
  if (!point) throw new Error(`no highlighted mention reads "${text}"`);
  return point;
}
