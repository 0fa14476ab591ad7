import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Translate } from '../lib/i18n';

/** The translator every view reads its strings through; the entrypoint provides it. */
export const I18n = createContext<Translate | null>(null);

export function useT(): Translate {
  const t = useContext(I18n);
  // A view drawn without a translator would show keys: a wiring mistake worth failing loudly on.
  if (!t) throw new Error('no translator: draw the view inside <I18n.Provider>');
  return t;
}
