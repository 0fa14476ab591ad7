/**
 * Keeps one page's session in step with the reader's settings: the site's
 * switch and the global pause decide whether it runs; types, style, dwell and
 * the names hidden on the site change how it looks. Every open tab follows a change at once.
 */
import { readSetting, type StorageChangeLike, type StorageLike, watchSetting } from '../settings/read-setting';
import {
  DWELL,
  HIDDEN_NAMES,
  HIGHLIGHT_STYLE,
  HIGHLIGHTED_TYPES,
  hiddenOnSite,
  isSiteEnabled,
  PAUSED,
  type SettingSpec,
  SITE_SWITCHES,
} from '../settings/settings';
import type { HighlightLook } from './highlight-look';

export interface SessionSwitch {
  setEnabled(on: boolean): Promise<void>;
  /** The names the reader chose not to highlight on this site. */
  setHidden(names: readonly string[]): void;
}

export interface SettingsSource extends StorageLike {
  onChanged: StorageChangeLike;
}

/**
 * Follows until the signal ends; resolves once the first values are applied. The storage areas are `areas`, never
 * `storage`: WXT's auto-import sees a parameter of that name as its own `storage` and adds its storage library,
 * about 2.9 kB gzip, to the content script (tests/build/content-script.test.ts).
 */
export async function followSettings(
  areas: SettingsSource,
  session: SessionSwitch,
  look: HighlightLook,
  hostname: string,
  signal: AbortSignal,
): Promise<void> {
  const state = { siteOn: true, paused: false, ready: false };
  const apply = () => session.setEnabled(state.siteOn && !state.paused);
  // Switch changes after the first reads apply as they come.
  const applyLater = () => void (state.ready && apply());
  const follow = <T>(spec: SettingSpec<T>, use: (value: T) => void) => {
    const stop = watchSetting(areas.onChanged, spec, use);
    signal.addEventListener('abort', stop, { once: true });
    return readSetting(areas, spec).then(use);
  };
  await Promise.all([
    follow(HIGHLIGHTED_TYPES, (types) => look.update({ types })),
    follow(HIGHLIGHT_STYLE, (style) => look.update({ style })),
    follow(DWELL, (dwellMs) => look.update({ dwellMs })),
    // Known before the first highlight, so a hidden name never shows even briefly.
    follow(HIDDEN_NAMES, (hidden) => session.setHidden(hiddenOnSite(hidden, hostname))),
    follow(SITE_SWITCHES, (switches) => {
      state.siteOn = isSiteEnabled(switches, hostname);
      applyLater();
    }),
    follow(PAUSED, (paused) => {
      state.paused = paused;
      applyLater();
    }),
  ]);
  state.ready = true;
  if (!signal.aborted) await apply();
}
