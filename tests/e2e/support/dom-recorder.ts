import type { BrowserContext } from 'playwright-core';
import type { Evaluates } from '../../../scripts/browser/page-probes';

/**
 * Runs in the page before its own scripts, in Chromium or Firefox: records the
 * DOM as the page built it and every mutation made afterwards outside
 * Backstory's own UI host.
 */
export const watchForeignMutations = () => {
  const HOST = 'data-backstory-ui';
  const isHost = (n: Node) => (n as Element).hasAttribute?.(HOST) === true;
  const w = window as unknown as { __before?: string; __foreignMutations?: string[] };
  w.__foreignMutations = [];
  const isOurs = (node: Node | null): boolean => {
    for (let n = node; n; n = n.parentNode ?? (n as unknown as ShadowRoot).host ?? null) {
      if (isHost(n)) return true;
    }
    return false;
  };
  document.addEventListener('DOMContentLoaded', () => {
    w.__before = document.documentElement.outerHTML;
    new MutationObserver((records) => {
      for (const r of records) {
        const added = [...r.addedNodes, ...r.removedNodes];
        if (added.length > 0 && added.every(isHost)) continue;
        if (isOurs(r.target)) continue;
        w.__foreignMutations?.push(`${r.type} on ${r.target.nodeName}`);
      }
    }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  });
};

/** Records DOM changes in every page of a Chromium context, from its first moment. */
export async function recordDomChanges(context: BrowserContext): Promise<void> {
  await context.addInitScript(watchForeignMutations);
}

/** The page's markup now, with Backstory's UI host taken out. */
export async function domWithoutOurHost(
  page: Evaluates,
): Promise<{ before: string; after: string; mutations: string[] }> {
  return page.evaluate(() => {
    const w = window as unknown as { __before?: string; __foreignMutations?: string[] };
    const clone = document.documentElement.cloneNode(true) as HTMLElement;
    for (const host of clone.querySelectorAll('div[data-backstory-ui]')) host.remove();
    return { before: w.__before ?? '', after: clone.outerHTML, mutations: w.__foreignMutations ?? [] };
  });
}
