/**
 * Looks for the article again while a page may still be building it: after an
 * app moved to another address, or when no article was found (an app shell
 * that fills itself in later). Only paragraphs added outside the current root
 * count, the look is throttled, and the watch ends after a while, so a busy
 * front page is not searched for ever.
 */
import { findArticleRootSteps } from '../article/find-article-root';
import { UI_HOST_ATTRIBUTE } from '../text/element-kinds';
import { isAbort, pageSlicer } from './slicer';
import type { WatchDeps } from './watch-article';

/** At most one search for the article per this long while paragraphs keep arriving. */
export const ROOT_CHECK_MS = 400;
/** How long after a navigation or a page without an article the search goes on. */
export const ROOT_WATCH_MS = 10_000;

const ELEMENT_NODE = 1;

export function watchForRoot(doc: Document, current: Element | null, deps: WatchDeps, onNewRoot: () => void): void {
  const { win, scheduler, signal } = deps;
  const body = doc.body;
  if (!body || signal.aborted) return;
  let timer = 0;
  let stopped = false;
  // The search is cut into slices like any read; no other starts until it is done.
  const search = async () => {
    const found = await pageSlicer(win, scheduler, signal).run(findArticleRootSteps(doc));
    timer = 0;
    if (stopped || !found.isArticle || !found.root || found.root === current) return;
    stop();
    onNewRoot();
  };
  const check = () =>
    void search().catch((error) => isAbort(error) || console.warn('Backstory could not read this page:', error));
  const observer = new (win as Window & typeof globalThis).MutationObserver((records) => {
    if (timer === 0 && records.some((r) => addsProse(r, current))) timer = scheduler.setTimeout(check, ROOT_CHECK_MS);
  });
  const deadline = scheduler.setTimeout(() => stop(), ROOT_WATCH_MS);
  const stop = () => {
    stopped = true;
    observer.disconnect();
    scheduler.clearTimeout(timer);
    scheduler.clearTimeout(deadline);
  };
  observer.observe(body, { childList: true, subtree: true });
  signal.addEventListener('abort', stop, { once: true });
}

/** Whether a record adds a paragraph outside the current root: the article's measure counts paragraphs only. */
function addsProse(record: MutationRecord, current: Element | null): boolean {
  for (const node of record.addedNodes) {
    if (node.nodeType !== ELEMENT_NODE || (node as Element).hasAttribute(UI_HOST_ATTRIBUTE)) continue;
    if (current?.contains(node)) continue;
    const el = node as Element;
    if (el.tagName === 'P' || el.querySelector('p')) return true;
  }
  return false;
}
