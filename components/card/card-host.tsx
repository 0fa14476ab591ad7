import { render } from 'preact';
import type { Translate } from '../../lib/i18n';
import type { CardOpen, CardPresenter } from '../../lib/page/card-presenter';
import { createUiHost } from '../../lib/page/ui-host';
import { CardLayer } from './CardLayer';

/** Page styles must not reach the card: the host starts from initial values, as WXT's shadow-root UI does. */
const HOST_RESET = ':host { all: initial !important; }';

export interface CardHostDeps {
  doc: Document;
  win: Window;
  t: Translate;
  /** The extension's own language direction (the card's text), apart from the page's. */
  dir: 'ltr' | 'rtl';
  css: string;
  /** Called once with the function that takes the host away again, for when the extension goes. */
  onRemove(remove: () => void): void;
}

/**
 * Shows cards in one shadow-root host, added when the first card opens. Focus moves into a card opened by keyboard
 * and, if it is still in the card when the card closes, goes back to where it was.
 */
export function cardHost({ doc, win, t, dir, css, onRemove }: CardHostDeps): CardPresenter {
  let host: HTMLElement | null = null;
  let shadow: ShadowRoot | null = null;
  let container: HTMLElement | null = null;
  let returnTo: HTMLElement | null = null;
  let focusRequest: number | undefined;

  const mount = (): HTMLElement | null => {
    // Closed: the page's scripts find the host but never what a reader looked up in it.
    const made = createUiHost(doc, win);
    if (!made) return null;
    const element = made.host;
    shadow = made.shadow;
    const style = doc.createElement('style');
    style.textContent = `${HOST_RESET}\n${css}`;
    container = doc.createElement('div');
    shadow.append(style, container);
    doc.documentElement.append(element);
    onRemove(() => {
      if (container) render(null, container);
      element.remove();
      [host, shadow, container] = [null, null, null];
    });
    return element;
  };
  return {
    show(open: CardOpen) {
      host ??= mount();
      if (!host) return;
      if (open.focusRequest !== undefined && open.focusRequest !== focusRequest) {
        const active = doc.activeElement;
        // Focus already in the card (the reader went on by keyboard) keeps the place it came from first.
        if (active !== host) returnTo = active && 'focus' in active ? (active as HTMLElement) : null;
      }
      focusRequest = open.focusRequest;
      const viewport = { width: win.innerWidth, height: win.innerHeight };
      if (container) render(<CardLayer {...open} viewport={viewport} t={t} dir={dir} />, container);
    },
    hide() {
      const hadFocus = !!shadow?.activeElement;
      if (container) render(null, container);
      if (hadFocus && returnTo?.isConnected) returnTo.focus();
      [returnTo, focusRequest] = [null, undefined];
    },
    owns: (target) => !!host && target === host,
  };
}
