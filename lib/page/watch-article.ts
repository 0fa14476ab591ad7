/**
 * Watches the article root for what the page adds, removes or edits, and
 * hands the changes on once per animation frame, so a live blog that writes
 * many nodes at once costs one read.
 */
import type { SkipElement } from '../text/collect-text';
import { type ArticleChanges, readChanges } from './article-changes';
import type { Scheduler } from './scheduler';

export interface WatchDeps {
  win: Window;
  scheduler: Scheduler;
  signal: AbortSignal;
}

/** Batches wait this long instead of a frame in a hidden tab, where frames do not run. */
export const HIDDEN_BATCH_MS = 1000;

const ROOT_OPTIONS: MutationObserverInit = {
  childList: true,
  subtree: true,
  characterData: true,
  // Whether text is ours to read can change without a node moving.
  attributeFilter: ['contenteditable', 'hidden'],
};

/**
 * Watches until the signal ends. Returns what to call with the open shadow roots a read went into:
 * a component's own tree is out of the root's reach, so each is observed as well.
 */
export function watchArticle(
  root: Element,
  deps: WatchDeps,
  onChanges: (changes: ArticleChanges) => void,
  skip?: SkipElement,
): (shadowRoots: readonly ShadowRoot[]) => void {
  const { win, scheduler, signal } = deps;
  if (signal.aborted) return () => undefined;
  let records: MutationRecord[] = [];
  let cancel: (() => void) | null = null;
  const flush = () => {
    cancel = null;
    const batch = records;
    records = [];
    const changes = readChanges(batch, root, skip);
    if (changes.rootMoved || changes.touched || changes.regions.length > 0) onChanges(changes);
  };
  const schedule = () => {
    if (win.document.visibilityState === 'hidden') {
      const id = scheduler.setTimeout(flush, HIDDEN_BATCH_MS);
      cancel = () => scheduler.clearTimeout(id);
    } else {
      const id = scheduler.requestFrame(flush);
      cancel = () => scheduler.cancelFrame(id);
    }
  };
  // Let go of once stopped: the function returned below may outlive the watch.
  let observer: MutationObserver | null = new (win as Window & typeof globalThis).MutationObserver((list) => {
    for (const record of list) records.push(record);
    if (!cancel) schedule();
  });
  observer.observe(root, ROOT_OPTIONS);
  // The root can only leave the page through the child list of one of its ancestors.
  for (let node = root.parentNode; node; node = node.parentNode) observer.observe(node, { childList: true });
  signal.addEventListener(
    'abort',
    () => {
      observer?.disconnect();
      observer = null;
      cancel?.();
      records = [];
    },
    { once: true },
  );
  const watched = new WeakSet<ShadowRoot>();
  return (shadowRoots) => {
    for (const shadow of shadowRoots) {
      if (!observer || watched.has(shadow)) continue;
      watched.add(shadow);
      observer.observe(shadow, ROOT_OPTIONS);
    }
  };
}
