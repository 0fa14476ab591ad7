import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import cardCss from '../../assets/card.css?inline';
import { CardLayer } from '../../components/card/CardLayer';
import { type GetMessage, translator } from '../../lib/i18n';
import type { CardModel, MentionNavigation } from '../../lib/model';
import type { CardPresenter } from '../../lib/page/page-session';
import { UI_HOST_TAG } from '../../lib/text/element-kinds';

/** Page styles must not reach the card: the host starts from initial values, as WXT's shadow-root UI does. */
const HOST_RESET = ':host { all: initial !important; }';

/**
 * Shows cards in one shadow-root host, added when the first card opens and removed with the extension.
 * Hand-built: WXT's createShadowRootUi costs about 3.5 kB gzip for one host that never moves.
 */
export function createCardPresenter(ctx: ContentScriptContext): CardPresenter {
  let host: HTMLElement | null = null;
  let container: HTMLElement | null = null;
  let wanted: { model: CardModel; anchor: DOMRect; navigation?: MentionNavigation } | null = null;
  const t = translator(browser.i18n.getMessage as GetMessage);

  const draw = () => {
    if (!container) return;
    const viewport = { width: window.innerWidth, height: window.innerHeight };
    render(wanted ? <CardLayer {...wanted} viewport={viewport} t={t} /> : null, container);
  };
  const mount = (): HTMLElement => {
    const element = document.createElement(UI_HOST_TAG.toLowerCase());
    // Closed: the page's scripts find the host but never what a reader looked up in it.
    const shadow = element.attachShadow({ mode: 'closed' });
    const style = document.createElement('style');
    style.textContent = `${HOST_RESET}\n${cardCss}`;
    container = document.createElement('div');
    shadow.append(style, container);
    document.documentElement.append(element);
    ctx.onInvalidated(() => {
      if (container) render(null, container);
      element.remove();
      [host, container] = [null, null];
    });
    return element;
  };
  return {
    show(model, anchor, navigation) {
      if (ctx.isInvalid) return;
      wanted = { model, anchor, navigation };
      host ??= mount();
      draw();
    },
    hide() {
      wanted = null;
      draw();
    },
    owns: (target) => !!host && target === host,
  };
}
