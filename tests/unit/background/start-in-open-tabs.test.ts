import { describe, expect, it } from 'vitest';
import { startInOpenTabs, type TabLike } from '../../../lib/background/start-in-open-tabs';

function starter(tabs: TabLike[], running: number[]) {
  const started: number[] = [];
  return {
    started,
    openTabs: async () => tabs,
    isRunning: async (id: number) => running.includes(id) || started.includes(id),
    start: async (id: number) => void started.push(id),
  };
}

describe('starting the content script in open tabs of a site switched back on', () => {
  it('starts it where it is missing, on that site only, with or without www', async () => {
    const tabs = [
      { id: 1, url: 'https://www.example.com/news/1' },
      { id: 2, url: 'https://example.com/news/2' },
      { id: 3, url: 'https://other.org/' },
      { id: 4, url: 'chrome://settings/' },
      { id: 5, url: 'https://example.com/already' },
      { url: 'https://example.com/no-id' },
      { id: 6 },
      { id: 7, url: 'not a url' },
    ];
    const s = starter(tabs, [5]);
    expect(await startInOpenTabs(s, ['example.com'])).toEqual([1, 2]);
    expect(s.started).toEqual([1, 2]);
  });

  it('does nothing, not even list the tabs, when no site was switched on', async () => {
    let listed = false;
    const s = {
      ...starter([], []),
      openTabs: async () => {
        listed = true;
        return [];
      },
    };
    expect(await startInOpenTabs(s, [])).toEqual([]);
    expect(listed).toBe(false);
  });
});
