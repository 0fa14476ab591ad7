import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HoverIntent } from '../../../lib/highlight/hover-intent';

describe('HoverIntent with the reader’s dwell', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('reads the dwell at each hover, so a change in the options applies to the next name', () => {
    let dwell = 1200;
    const shown: string[] = [];
    const intent = new HoverIntent<string>(
      { setTimeout: (fn, ms) => setTimeout(fn, ms) as unknown as number, clearTimeout: (id) => clearTimeout(id) },
      { show: (t) => shown.push(t), hide: () => undefined },
      { dwellMs: () => dwell },
    );
    intent.pointAt('Boqaev');
    vi.advanceTimersByTime(1199);
    expect(shown).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(shown).toEqual(['Boqaev']);

    dwell = 150;
    intent.pointAt('Atyrau');
    vi.advanceTimersByTime(150);
    expect(shown).toEqual(['Boqaev', 'Atyrau']);
  });
});
