/**
 * Reads a setting straight from the extension's storage area, for the content
 * script: the same keys and defaults as the WXT storage items, without their
 * library. Every value is checked on the way in (parseSetting).
 */
import { parseSetting, type SettingSpec } from './settings';

export interface StorageAreaLike {
  get(key: string): Promise<Record<string, unknown>>;
}

type Changes = Record<string, { newValue?: unknown; oldValue?: unknown }>;

export interface StorageChangeLike {
  addListener(fn: (changes: Changes, area: string) => void): void;
  removeListener(fn: (changes: Changes, area: string) => void): void;
}

function split<T>(spec: SettingSpec<T>): { area: string; name: string } {
  const [area, name] = spec.key.split(':') as [string, string];
  return { area, name };
}

export interface StorageLike {
  local: StorageAreaLike;
  sync: StorageAreaLike;
}

export async function readSetting<T>(areas: StorageLike, spec: SettingSpec<T>): Promise<T> {
  const { area, name } = split(spec);
  const source = area === 'sync' ? areas.sync : areas.local;
  const stored = (await source.get(name))[name];
  return parseSetting(spec, stored);
}

/** Calls back with the new value (and the one before) whenever the setting changes; returns the unsubscribe. */
export function watchSetting<T>(
  onChanged: StorageChangeLike,
  spec: SettingSpec<T>,
  callback: (value: T, previous: T) => void,
): () => void {
  const { area, name } = split(spec);
  const listener = (changes: Changes, changedArea: string) => {
    const change = changes[name];
    if (changedArea !== area || !change) return;
    callback(parseSetting(spec, change.newValue), parseSetting(spec, change.oldValue));
  };
  onChanged.addListener(listener);
  return () => onChanged.removeListener(listener);
}
