/**
 * Notices when a single-page app moves to another address without loading a
 * new document. A content script runs in an isolated world and cannot wrap the
 * page's history.pushState, so it listens to the Navigation API where the
 * browser has it, and elsewhere to popstate plus a cheap poll of the address
 * that runs only while the tab is visible.
 */
import type { Scheduler } from './scheduler';

/** How often the fallback compares the address; a string compare, so twice a second is free. */
export const LOCATION_POLL_MS = 500;

interface NavigationLike extends EventTarget {
  currentEntry: unknown;
}

export function watchLocation(win: Window, scheduler: Scheduler, signal: AbortSignal, onChange: () => void): void {
  if (signal.aborted) return;
  let last = pageKey(win.location.href);
  const check = () => {
    const now = pageKey(win.location.href);
    if (now === last) return;
    last = now;
    onChange();
  };
  const navigation = (win as Window & { navigation?: NavigationLike }).navigation;
  // currententrychange fires once the new address is committed: push, replace and traverse.
  if (navigation && typeof navigation.addEventListener === 'function') {
    navigation.addEventListener('currententrychange', check, { signal });
    return;
  }
  win.addEventListener('popstate', check, { signal });
  win.addEventListener('hashchange', check, { signal });
  const doc = win.document;
  let timer = 0;
  const follow = () => {
    if (doc.visibilityState !== 'hidden') {
      check();
      if (timer === 0) timer = scheduler.setInterval(check, LOCATION_POLL_MS);
    } else if (timer !== 0) {
      scheduler.clearInterval(timer);
      timer = 0;
    }
  };
  doc.addEventListener('visibilitychange', follow, { signal });
  signal.addEventListener('abort', () => scheduler.clearInterval(timer), { once: true });
  follow();
}

/**
 * The part of an address that names the page: a jump to "#comments" is the
 * same article, while "#/story/2" or "#!story/2" is an app's route.
 */
export function pageKey(href: string): string {
  const url = new URL(href);
  const route = url.hash.startsWith('#/') || url.hash.startsWith('#!') ? url.hash : '';
  return `${url.origin}${url.pathname}${url.search}${route}`;
}
