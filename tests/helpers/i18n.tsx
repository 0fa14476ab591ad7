import { type RenderOptions, render } from '@testing-library/preact';
import type { ComponentChild } from 'preact';
import { I18n } from '../../components/i18n';
import { formatMessage, type Translate } from '../../lib/i18n';
import english from '../../public/_locales/en/messages.json';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

/** The English messages as the browser would give them, for views drawn outside a browser. */
export const englishT: Translate = (key, ...subs) => formatMessage((english as Messages)[key], subs) || key;

/** Testing Library's render, with the English translator the entrypoints would provide. */
export function renderT(ui: ComponentChild, options: Omit<RenderOptions, 'wrapper'> = {}) {
  return render(ui, {
    ...options,
    wrapper: ({ children }: { children?: ComponentChild }) => (
      <I18n.Provider value={englishT}>{children}</I18n.Provider>
    ),
  });
}
