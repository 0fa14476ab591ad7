import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DWELL_MS } from '../../../lib/highlight/hover-intent';
import { readSetting } from '../../../lib/settings/read-setting';
import {
  DWELL,
  DWELL_MAX_MS,
  DWELL_MIN_MS,
  GLOSSARIES,
  HIGHLIGHT_STYLE,
  HIGHLIGHTED_TYPES,
  PAUSED,
  parseSetting,
  SITE_SWITCHES,
  SYNC_ITEM_BYTES,
  SYNCED_SETTINGS,
} from '../../../lib/settings/settings';
import { dwellMs, highlightedTypes, highlightStyle, paused, siteSwitches } from '../../../lib/settings/store';

const ALL = [SITE_SWITCHES, GLOSSARIES, HIGHLIGHTED_TYPES, HIGHLIGHT_STYLE, DWELL, PAUSED] as const;

describe('settings read from storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('have their defaults when nothing is stored', async () => {
    expect(await highlightedTypes.getValue()).toEqual({ PERSON: true, PLACE: true, ORG: true, TERM: true, NAME: true });
    expect(await highlightStyle.getValue()).toBe('underline');
    expect(await dwellMs.getValue()).toBe(DWELL_MS);
    expect(await paused.getValue()).toBe(false);
  });

  it('keep the small preferences in storage.sync and the growing ones in storage.local', () => {
    expect(SYNCED_SETTINGS.map((s) => s.key)).toEqual([
      'sync:highlightTypes',
      'sync:highlightStyle',
      'sync:dwellMs',
      'sync:paused',
      'sync:onlineLookups',
      'sync:wikiLanguage',
    ]);
    expect(SITE_SWITCHES.key).toMatch(/^local:/);
    expect(GLOSSARIES.key).toMatch(/^local:/);
  });

  it('fit every synced value, at its largest, in one storage.sync item', () => {
    const largest = [
      { PERSON: false, PLACE: false, ORG: false, TERM: false, NAME: false },
      'first-mention',
      DWELL_MAX_MS,
      false,
      true,
      'uk',
    ];
    SYNCED_SETTINGS.forEach((spec, i) => {
      const bytes = new TextEncoder().encode(spec.key.split(':')[1] + JSON.stringify(largest[i])).length;
      expect(bytes).toBeLessThan(SYNC_ITEM_BYTES / 10);
    });
  });

  it.each([
    ['a string for the types', 'sync', { highlightTypes: 'PERSON' }, highlightedTypes, HIGHLIGHTED_TYPES.fallback],
    ['an unknown style', 'sync', { highlightStyle: 'blink' }, highlightStyle, 'underline'],
    ['a style in the wrong case', 'sync', { highlightStyle: 'First-Mention' }, highlightStyle, 'underline'],
    ['a dwell that is no number', 'sync', { dwellMs: '300' }, dwellMs, DWELL_MS],
    ['a pause that is no boolean', 'sync', { paused: 'yes' }, paused, false],
    ['a list for the site switches', 'local', { siteSwitches: ['a.com'] }, siteSwitches, {}],
  ] as const)('fall back on %s', async (_, area, stored, item, expected) => {
    await fakeBrowser.storage[area].set(stored as Record<string, unknown>);
    expect(await (item as { getValue(): Promise<unknown> }).getValue()).toEqual(expected);
  });

  it('keep the usable part of a partly broken value', async () => {
    await fakeBrowser.storage.sync.set({ highlightTypes: { PERSON: false, PLACE: 'no', ROBOT: false } });
    expect(await highlightedTypes.getValue()).toEqual({
      PERSON: false,
      PLACE: true,
      ORG: true,
      TERM: true,
      NAME: true,
    });
    await fakeBrowser.storage.local.set({ siteSwitches: { 'a.com': false, 'b.com': 'off', '': false } });
    expect(await siteSwitches.getValue()).toEqual({ 'a.com': false });
    await fakeBrowser.storage.local.set({
      glossaries: [{ id: 'x' }, { id: 'g', name: 'G', importedAt: 1, entries: [1] }],
    });
    expect(await readSetting(fakeBrowser.storage, GLOSSARIES)).toEqual([
      { id: 'g', name: 'G', importedAt: 1, entries: [] },
    ]);
  });

  it('read every declared style back as stored, in the pages and in the content script', async () => {
    for (const style of ['underline', 'first-mention', 'tint'] as const) {
      await fakeBrowser.storage.sync.set({ highlightStyle: style });
      expect(await highlightStyle.getValue()).toBe(style);
      expect(await readSetting(fakeBrowser.storage, HIGHLIGHT_STYLE)).toBe(style);
    }
  });

  it('bound the dwell, for the content script too', async () => {
    await fakeBrowser.storage.sync.set({ dwellMs: 5 });
    expect(await readSetting(fakeBrowser.storage, DWELL)).toBe(DWELL_MIN_MS);
    await fakeBrowser.storage.sync.set({ dwellMs: 1e9 });
    expect(await dwellMs.getValue()).toBe(DWELL_MAX_MS);
    await fakeBrowser.storage.sync.set({ dwellMs: Number.NaN });
    expect(await dwellMs.getValue()).toBe(DWELL_MS);
  });

  it('never throw, whatever is stored', () => {
    fc.assert(
      fc.property(fc.anything(), (raw) => {
        for (const spec of ALL) expect(() => parseSetting<unknown>(spec, raw)).not.toThrow();
      }),
    );
  });

  it('survive a getter that throws', () => {
    const hostile = Object.defineProperty({}, 'PERSON', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    expect(parseSetting(HIGHLIGHTED_TYPES, hostile)).toEqual(HIGHLIGHTED_TYPES.fallback);
  });
});
