import type { BrowserContext, Page } from 'playwright-core';

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

/**
 * Records, from the first moment of every page, the DOM as the page built it
 * and every mutation made afterwards outside Backstory's own UI host.
 */
export async function recordDomChanges(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const HOST = 'BACKSTORY-UI';
    const w = window as unknown as { __before?: string; __foreignMutations?: string[] };
    w.__foreignMutations = [];
    const isOurs = (node: Node | null): boolean => {
      for (let n = node; n; n = n.parentNode ?? (n as unknown as ShadowRoot).host ?? null) {
        if (n.nodeName === HOST) return true;
      }
      return false;
    };
    document.addEventListener('DOMContentLoaded', () => {
      w.__before = document.documentElement.outerHTML;
      new MutationObserver((records) => {
        for (const r of records) {
          const added = [...r.addedNodes, ...r.removedNodes];
          if (added.length > 0 && added.every((n) => n.nodeName === HOST)) continue;
          if (isOurs(r.target)) continue;
          w.__foreignMutations?.push(`${r.type} on ${r.target.nodeName}`);
        }
      }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    });
  });
}

/** The page's markup now, with Backstory's UI host taken out. */
export async function domWithoutOurHost(page: Page): Promise<{ before: string; after: string; mutations: string[] }> {
  return page.evaluate(() => {
    const w = window as unknown as { __before?: string; __foreignMutations?: string[] };
    const clone = document.documentElement.cloneNode(true) as HTMLElement;
    for (const host of clone.querySelectorAll('backstory-ui')) host.remove();
    return { before: w.__before ?? '', after: clone.outerHTML, mutations: w.__foreignMutations ?? [] };
  });
}
