/** The online lookup settings for the popup and the options page: read, followed live, and changed by a click. */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { setOnlineLookups } from '../lib/online/switch';
import { wikiLanguage } from '../lib/settings/online';
import { onlineLookups, wikiLanguageItem } from '../lib/settings/store';

export interface OnlineLookupsModel {
  /** Null until read. */
  on: boolean | null;
  /** '' follows the browser. */
  language: string;
  /** The Wikipedia the browser's language gives. */
  autoLanguage: string;
  /** The browser refused the permissions at the last try. */
  denied: boolean;
  error: string | null;
  onToggle(on: boolean): void;
  onLanguage(language: string): void;
}

export function useOnlineLookups(): OnlineLookupsModel {
  const [on, setOn] = useState<boolean | null>(null);
  const [language, setLanguage] = useState('');
  const [denied, setDenied] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void onlineLookups.getValue().then(setOn);
    void wikiLanguageItem.getValue().then(setLanguage);
    const stops = [onlineLookups.watch(setOn), wikiLanguageItem.watch(setLanguage)];
    return () => {
      for (const stop of stops) stop();
    };
  }, []);
  return {
    on,
    language,
    autoLanguage: wikiLanguage('', browser.i18n.getUILanguage()),
    denied,
    error,
    // Called straight from the click, so the permission request keeps the reader's gesture.
    onToggle: (next) => {
      setError(null);
      void setOnlineLookups(next)
        .then((now) => {
          setOn(now);
          setDenied(next && !now);
        })
        .catch((e: unknown) => setError(String(e)));
    },
    onLanguage: (next) => {
      setLanguage(next);
      void wikiLanguageItem.setValue(next).catch((e: unknown) => setError(String(e)));
    },
  };
}
