import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DWELL_MS } from '../../../lib/highlight/hover-intent';
import type { MentionRange } from '../../../lib/highlight/mention-range';
import type { HighlightType } from '../../../lib/model';
import { followSettings } from '../../../lib/page/follow-settings';
import { HighlightLook, highlightName } from '../../../lib/page/highlight-look';
import { runSteps } from '../../../lib/steps';
import { highlightWindow } from '../../helpers/highlight-window';

const mention = (type: HighlightType, id: string) =>
  ({ range: { id } as unknown as Range, entity: { type } }) as unknown as MentionRange;

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the highlight look', () => {
  it('registers each type under its style’s name and leaves out hidden types', () => {
    const { win, highlights } = highlightWindow();
    const look = new HighlightLook();
    const ranges = [mention('PERSON', 'p'), mention('PLACE', 'a'), mention('PERSON', 'q')];
    runSteps(look.paint(win, look.visible(ranges), []))();
    expect([...highlights.keys()].sort()).toEqual(['backstory-person', 'backstory-place']);

    look.update({ style: 'tint', types: { PERSON: true, PLACE: false, ORG: true, TERM: true, NAME: true } });
    const shown = look.visible(ranges);
    expect(shown.map((r) => r.entity.type)).toEqual(['PERSON', 'PERSON']);
    runSteps(look.paint(win, shown, []))();
    expect([...highlights.keys()]).toEqual(['backstory-person-tint']);
    expect(highlights.get('backstory-person-tint')?.ranges).toHaveLength(2);

    look.clear(win);
    expect(highlights.size).toBe(0);
    expect(highlightName('TERM', 'underline')).toBe('backstory-term');
  });

  it('tells its listeners of every change', () => {
    const look = new HighlightLook();
    const heard = vi.fn();
    const stop = look.onChange(heard);
    look.update({ dwellMs: 900 });
    expect(look.dwellMs).toBe(900);
    stop();
    look.update({ dwellMs: 300 });
    expect(heard).toHaveBeenCalledTimes(1);
  });
});

describe('a page following the settings', () => {
  beforeEach(() => fakeBrowser.reset());

  const start = async (host = 'news.example') => {
    const session = { setEnabled: vi.fn(async (_: boolean) => undefined), setHidden: vi.fn() };
    const look = new HighlightLook();
    const controller = new AbortController();
    await followSettings(fakeBrowser.storage, session, look, host, controller.signal);
    return { session, look, controller, last: () => session.setEnabled.mock.calls.at(-1)?.[0] };
  };

  it('hides the names hidden on its own site before it first runs, and follows changes', async () => {
    await fakeBrowser.storage.local.set({ hiddenNames: { 'news.example': ['Atyrau'], 'other.example': ['Astana'] } });
    const { session } = await start('www.news.example');
    expect(session.setHidden).toHaveBeenCalledWith(['Atyrau']);
    expect(session.setHidden.mock.invocationCallOrder[0]).toBeLessThan(
      session.setEnabled.mock.invocationCallOrder[0] ?? 0,
    );
    await fakeBrowser.storage.local.set({ hiddenNames: { 'news.example': [] } });
    await flush();
    expect(session.setHidden).toHaveBeenLastCalledWith([]);
  });

  it('runs on a site switched on, and stops for the global pause or the site’s switch', async () => {
    const { last } = await start();
    expect(last()).toBe(true);
    await fakeBrowser.storage.sync.set({ paused: true });
    await flush();
    expect(last()).toBe(false);
    await fakeBrowser.storage.local.set({ siteSwitches: { 'news.example': false } });
    await fakeBrowser.storage.sync.set({ paused: false });
    await flush();
    expect(last()).toBe(false);
    await fakeBrowser.storage.local.set({ siteSwitches: { 'news.example': true } });
    await flush();
    expect(last()).toBe(true);
  });

  it('starts paused when the pause is already stored', async () => {
    await fakeBrowser.storage.sync.set({ paused: true });
    const { session } = await start();
    expect(session.setEnabled.mock.calls).toEqual([[false]]);
  });

  it('takes types, style and dwell into the look as they change, checked', async () => {
    await fakeBrowser.storage.sync.set({ dwellMs: 800 });
    const { look, controller } = await start();
    expect(look.dwellMs).toBe(800);
    await fakeBrowser.storage.sync.set({ dwellMs: 'soon', highlightTypes: { TERM: false } });
    await flush();
    expect(look.dwellMs).toBe(DWELL_MS);
    expect(look.visible([mention('TERM', 't'), mention('ORG', 'o')]).map((r) => r.entity.type)).toEqual(['ORG']);
    controller.abort();
    await fakeBrowser.storage.sync.set({ dwellMs: 1000 });
    await flush();
    expect(look.dwellMs).toBe(DWELL_MS);
  });
});
