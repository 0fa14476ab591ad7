import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DWELL_MS, HIDE_GRACE_MS, HoverIntent, PREFETCH_MS } from '../../../lib/highlight/hover-intent';

function setup() {
  const shown: string[] = [];
  let hidden = 0;
  const intent = new HoverIntent<string>(
    { setTimeout: (fn, ms) => setTimeout(fn, ms) as unknown as number, clearTimeout: (id) => clearTimeout(id) },
    { show: (t) => shown.push(t), hide: () => hidden++ },
  );
  return { intent, shown, hidden: () => hidden };
}

describe('HoverIntent', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('opens a card only after the pointer rests for the dwell time', () => {
    const { intent, shown } = setup();
    intent.pointAt('Boqaev');
    vi.advanceTimersByTime(DWELL_MS - 1);
    expect(shown).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(shown).toEqual(['Boqaev']);
  });

  it('opens nothing for a pointer passing over names', () => {
    const { intent, shown } = setup();
    intent.pointAt('Boqaev');
    vi.advanceTimersByTime(DWELL_MS / 2);
    intent.pointAt('Atyrau');
    vi.advanceTimersByTime(DWELL_MS / 2);
    intent.pointAt(null);
    vi.advanceTimersByTime(DWELL_MS * 3);
    expect(shown).toEqual([]);
  });

  it('closes after the grace period once the pointer leaves', () => {
    const { intent, hidden } = setup();
    intent.pointAt('Boqaev');
    vi.advanceTimersByTime(DWELL_MS);
    intent.pointAt(null);
    vi.advanceTimersByTime(HIDE_GRACE_MS - 1);
    expect(hidden()).toBe(0);
    vi.advanceTimersByTime(1);
    expect(hidden()).toBe(1);
    expect(intent.current).toBeNull();
  });

  it('keeps the card while the pointer moves onto it, then closes when it leaves the card', () => {
    const { intent, hidden } = setup();
    intent.pointAt('Boqaev');
    vi.advanceTimersByTime(DWELL_MS);
    intent.pointAt(null);
    vi.advanceTimersByTime(HIDE_GRACE_MS / 2);
    intent.holdCard();
    vi.advanceTimersByTime(HIDE_GRACE_MS * 5);
    expect(hidden()).toBe(0);
    intent.pointAt(null);
    vi.advanceTimersByTime(HIDE_GRACE_MS);
    expect(hidden()).toBe(1);
  });

  it('closes at once when dismissed, and cancels a card still waiting to open', () => {
    const { intent, shown, hidden } = setup();
    intent.pointAt('Boqaev');
    vi.advanceTimersByTime(DWELL_MS);
    intent.dismiss();
    expect(hidden()).toBe(1);
    intent.pointAt('Atyrau');
    intent.dismiss();
    vi.advanceTimersByTime(DWELL_MS * 2);
    expect(shown).toEqual(['Boqaev']);
  });
});

describe('HoverIntent, as Page Previews time it', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function busySetup() {
    const log: string[] = [];
    let busy = false;
    const intent = new HoverIntent<string>(
      { setTimeout: (fn, ms) => setTimeout(fn, ms) as unknown as number, clearTimeout: (id) => clearTimeout(id) },
      { prefetch: (t) => log.push(`prefetch ${t}`), show: (t) => log.push(`show ${t}`), hide: () => log.push('hide') },
      { quiet: () => !busy },
    );
    return { intent, log, setBusy: (b: boolean) => (busy = b) };
  }

  it('prepares the card at 150 ms of rest, and not for a pointer that moved on sooner', () => {
    const { intent, log } = busySetup();
    intent.pointAt('Atyrau');
    vi.advanceTimersByTime(PREFETCH_MS - 1);
    intent.pointAt(null);
    vi.advanceTimersByTime(DWELL_MS);
    expect(log).toEqual([]);
    intent.pointAt('Boqaev');
    vi.advanceTimersByTime(PREFETCH_MS);
    expect(log).toEqual(['prefetch Boqaev']);
    vi.advanceTimersByTime(DWELL_MS - PREFETCH_MS);
    expect(log).toEqual(['prefetch Boqaev', 'show Boqaev']);
  });

  it('opens no card while the reader is busy, and one after a whole dwell of quiet', () => {
    const { intent, log, setBusy } = busySetup();
    setBusy(true);
    intent.pointAt('Boqaev');
    vi.advanceTimersByTime(DWELL_MS * 3);
    expect(log.filter((l) => l.startsWith('show'))).toEqual([]);
    setBusy(false);
    vi.advanceTimersByTime(DWELL_MS);
    expect(log.at(-1)).toBe('show Boqaev');
  });

  it('starts the dwell again when the reader scrolls or selects during it', () => {
    const { intent, log } = busySetup();
    intent.pointAt('Boqaev');
    vi.advanceTimersByTime(DWELL_MS - 10);
    intent.interrupt();
    vi.advanceTimersByTime(DWELL_MS - 10);
    expect(log.filter((l) => l.startsWith('show'))).toEqual([]);
    vi.advanceTimersByTime(10);
    expect(log.at(-1)).toBe('show Boqaev');
  });

  it('does not flicker while the pointer moves along the same name, or back onto it within the grace', () => {
    const { intent, log } = busySetup();
    intent.pointAt('Boqaev');
    vi.advanceTimersByTime(DWELL_MS);
    for (let i = 0; i < 5; i++) intent.pointAt('Boqaev');
    intent.pointAt(null);
    vi.advanceTimersByTime(HIDE_GRACE_MS - 50);
    intent.pointAt('Boqaev');
    vi.advanceTimersByTime(HIDE_GRACE_MS * 3);
    expect(log).toEqual(['prefetch Boqaev', 'show Boqaev']);
  });

  it('keeps a card opened on purpose (keyboard, tap) while the pointer is elsewhere, until dismissed', () => {
    const { intent, log } = busySetup();
    intent.open('Atyrau');
    expect(log).toEqual(['show Atyrau']);
    intent.pointAt(null);
    vi.advanceTimersByTime(HIDE_GRACE_MS * 3);
    expect(intent.current).toBe('Atyrau');
    intent.dismiss();
    expect(log).toEqual(['show Atyrau', 'hide']);
  });
});
