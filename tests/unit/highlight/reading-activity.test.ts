import { describe, expect, it } from 'vitest';
import { BUSY_AFTER_MS, ReadingActivity } from '../../../lib/highlight/reading-activity';

function setup() {
  let now = 1000;
  const activity = new ReadingActivity(() => now);
  return { activity, wait: (ms: number) => (now += ms) };
}

describe('ReadingActivity', () => {
  it('is quiet at first', () => {
    expect(setup().activity.busy).toBe(false);
  });

  it('is busy while a mouse button is held (a selection or drag) and quiet once released', () => {
    const { activity, wait } = setup();
    activity.pressed();
    wait(5000);
    expect(activity.busy).toBe(true);
    activity.released();
    expect(activity.busy).toBe(false);
  });

  it('is busy for a moment after a scroll', () => {
    const { activity, wait } = setup();
    activity.scrolled();
    wait(BUSY_AFTER_MS - 1);
    expect(activity.busy).toBe(true);
    wait(1);
    expect(activity.busy).toBe(false);
  });

  it('is busy while a selection is changing, but not for a caret moving', () => {
    const { activity, wait } = setup();
    activity.selectionChanged(true);
    expect(activity.busy).toBe(false);
    activity.selectionChanged(false);
    expect(activity.busy).toBe(true);
    wait(BUSY_AFTER_MS);
    expect(activity.busy).toBe(false);
  });
});
