/** WXT storage items for the settings, for extension pages and the background. */

import { type StorageItemKey, storage } from 'wxt/utils/storage';
import { LOOKUPS_WANTED_AT, ONLINE_LOOKUPS, WIKI_CHOICES, WIKI_LANGUAGE } from './online';
import {
  DWELL,
  GLOSSARIES,
  HIDDEN_NAMES,
  HIGHLIGHT_STYLE,
  HIGHLIGHTED_TYPES,
  PAUSED,
  parseSetting,
  type SettingSpec,
  SITE_SWITCHES,
} from './settings';
import { type SyncWriter, syncWriter, type WriterTimers } from './sync-writer';

export interface SettingItem<T> {
  spec: SettingSpec<T>;
  getValue(): Promise<T>;
  setValue(value: T): Promise<void>;
  /** Calls back with each new value, checked; returns the unsubscribe. */
  watch(callback: (value: T) => void): () => void;
}

/** A storage item whose every read goes through the setting's check. */
function settingItem<T>(spec: SettingSpec<T>): SettingItem<T> {
  const item = storage.defineItem<unknown>(spec.key, { fallback: spec.fallback, version: spec.version });
  return {
    spec,
    getValue: async () => parseSetting(spec, await item.getValue()),
    setValue: (value) => item.setValue(value),
    watch: (callback) => item.watch((value) => callback(parseSetting(spec, value))),
  };
}

export const siteSwitches = settingItem(SITE_SWITCHES);
export const glossaries = settingItem(GLOSSARIES);
export const highlightedTypes = settingItem(HIGHLIGHTED_TYPES);
export const highlightStyle = settingItem(HIGHLIGHT_STYLE);
export const dwellMs = settingItem(DWELL);
export const paused = settingItem(PAUSED);
export const hiddenNames = settingItem(HIDDEN_NAMES);
export const onlineLookups = settingItem(ONLINE_LOOKUPS);
export const wikiLanguageItem = settingItem(WIKI_LANGUAGE);
export const wikiChoices = settingItem(WIKI_CHOICES);
export const lookupsWantedAt = settingItem(LOOKUPS_WANTED_AT);

const realTimers: WriterTimers = {
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (id) => clearTimeout(id as ReturnType<typeof setTimeout>),
  now: () => Date.now(),
};

/** The writer an extension page sends its storage.sync settings through (see sync-writer.ts beside this file). */
export function createSyncWriter(onError: (error: unknown) => void, timers: WriterTimers = realTimers): SyncWriter {
  return syncWriter({
    write: (values) =>
      storage.setItems(Object.entries(values).map(([key, value]) => ({ key: key as StorageItemKey, value }))),
    timers,
    onError,
  });
}
