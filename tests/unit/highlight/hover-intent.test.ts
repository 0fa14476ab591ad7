import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DWELL_MS, HIDE_GRACE_MS, HoverIntent } from '../../../lib/highlight/hover-intent';

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
