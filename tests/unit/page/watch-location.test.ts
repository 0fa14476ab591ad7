import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Scheduler } from '../../../lib/page/scheduler';
import { LOCATION_POLL_MS, pageKey, watchLocation } from '../../../lib/page/watch-location';

/** A scheduler whose intervals the test runs by hand. */
function manualScheduler() {
  const intervals = new Map<number, () => void>();
  let next = 1;
  const scheduler: Scheduler = {
    setTimeout: () => 0,
    clearTimeout: () => undefined,
    setInterval: (fn, ms) => {
      expect(ms).toBe(LOCATION_POLL_MS);
      intervals.set(next, fn);
      return next++;
    },
    clearInterval: (id) => void intervals.delete(id),
    requestFrame: () => 0,
    cancelFrame: () => undefined,
  };
  return {
    scheduler,
    intervals,
    tick: () => {
      for (const fn of intervals.values()) fn();
    },
  };
}

function setVisibility(state: 'visible' | 'hidden') {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  document.dispatchEvent(new Event('visibilitychange'));
}

afterEach(() => {
  setVisibility('visible');
  history.replaceState(null, '', '/');
});

describe('pageKey', () => {
  it('treats a jump to an anchor as the same page, and an app route in the hash as another', () => {
    expect(pageKey('https://news.example/a?x=1#comments')).toBe(pageKey('https://news.example/a?x=1'));
    expect(pageKey('https://news.example/#/story/2')).not.toBe(pageKey('https://news.example/#/story/1'));
    expect(pageKey('https://news.example/#!story/2')).not.toBe(pageKey('https://news.example/'));
    expect(pageKey('https://news.example/a?id=2')).not.toBe(pageKey('https://news.example/a?id=1'));
  });
});

describe('watchLocation without the Navigation API', () => {
  it('notices pushState by polling, once per new address, and not for an anchor jump', () => {
    const { scheduler, tick } = manualScheduler();
    const onChange = vi.fn();
    const controller = new AbortController();
    watchLocation(window, scheduler, controller.signal, onChange);
    history.pushState(null, '', '/story-2');
    tick();
    tick();
    expect(onChange).toHaveBeenCalledTimes(1);
    history.pushState(null, '', '/story-2#comments');
    tick();
    expect(onChange).toHaveBeenCalledTimes(1);
    controller.abort();
  });

  it('polls only while the tab is visible, and not at all once stopped', () => {
    const { scheduler, intervals } = manualScheduler();
    const controller = new AbortController();
    watchLocation(window, scheduler, controller.signal, () => undefined);
    expect(intervals.size).toBe(1);
    setVisibility('hidden');
    expect(intervals.size).toBe(0);
    setVisibility('visible');
    expect(intervals.size).toBe(1);
    controller.abort();
    expect(intervals.size).toBe(0);
    setVisibility('hidden');
    setVisibility('visible');
    expect(intervals.size).toBe(0);
  });

  it('hears back and forward at once, through popstate', () => {
    const { scheduler } = manualScheduler();
    const onChange = vi.fn();
    const controller = new AbortController();
    watchLocation(window, scheduler, controller.signal, onChange);
    history.pushState(null, '', '/story-3');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(onChange).toHaveBeenCalledTimes(1);
    controller.abort();
  });
});

describe('watchLocation with the Navigation API', () => {
  it('listens for currententrychange and does not poll', () => {
    const { scheduler, intervals } = manualScheduler();
    const navigation = new EventTarget();
    const win = { location: window.location, document, navigation } as unknown as Window;
    const onChange = vi.fn();
    const controller = new AbortController();
    watchLocation(win, scheduler, controller.signal, onChange);
    expect(intervals.size).toBe(0);
    history.pushState(null, '', '/story-4');
    navigation.dispatchEvent(new Event('currententrychange'));
    // replaceState of the same address (an app saving its scroll state) is no navigation.
    navigation.dispatchEvent(new Event('currententrychange'));
    expect(onChange).toHaveBeenCalledTimes(1);
    controller.abort();
    history.pushState(null, '', '/story-5');
    navigation.dispatchEvent(new Event('currententrychange'));
    expect(onChange).toHaveBeenCalledTimes(1);
  });
});
