import { useEffect, useMemo, useState } from 'preact/hooks';
import type { DwellSectionProps } from '../../components/options/DwellSection';
import type { LookSectionsProps } from '../../components/options/LookSections';
import { parseSetting } from '../../lib/settings/settings';
import {
  createSyncWriter,
  dwellMs,
  highlightedTypes,
  highlightStyle,
  type SettingItem,
} from '../../lib/settings/store';

/**
 * One synced setting as page state: shown at once when the reader changes it,
 * written through the page's coalescing writer, and updated from elsewhere
 * (another device, the popup) unless the reader's own change still waits.
 */
function useSynced<T>(item: SettingItem<T>, writer: ReturnType<typeof createSyncWriter>): [T, (value: T) => void] {
  const [value, setValue] = useState(item.spec.fallback);
  useEffect(() => {
    void item.getValue().then(setValue);
    return item.watch((next) => !writer.isPending(item.spec.key) && setValue(next));
  }, []);
  const set = (next: T) => {
    // Checked on the way out too: a slider or a tampered form never stores what a read would refuse.
    const safe = parseSetting(item.spec, next);
    setValue(safe);
    writer.set(item.spec.key, safe);
  };
  return [value, set];
}

export function useLook(): { look: LookSectionsProps; dwell: DwellSectionProps; saveError: string | null } {
  const [saveError, setSaveError] = useState<string | null>(null);
  const writer = useMemo(() => createSyncWriter((error) => setSaveError(String(error))), []);
  useEffect(() => {
    // A closing page writes what still waits, gap or not: once, as it goes.
    const flush = () => void writer.flush();
    addEventListener('pagehide', flush);
    return () => removeEventListener('pagehide', flush);
  }, []);
  const [types, setTypes] = useSynced(highlightedTypes, writer);
  const [style, setStyle] = useSynced(highlightStyle, writer);
  const [dwell, setDwell] = useSynced(dwellMs, writer);
  return {
    look: {
      types,
      style,
      onType: (type, on) => setTypes({ ...types, [type]: on }),
      onStyle: setStyle,
    },
    dwell: { dwellMs: dwell, onDwell: setDwell },
    saveError,
  };
}
