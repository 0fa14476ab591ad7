import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import cardCss from '../../assets/card.css?inline';
import { CardFrame } from '../../components/card/CardFrame';
import type { CardModel, MentionNavigation } from '../../lib/model';
import type { CardPresenter } from '../../lib/page/page-session';
import { UI_HOST_TAG } from '../../lib/text/element-kinds';

/** Page styles must not reach the card: the host starts from initial values, as WXT's shadow-root UI does. */
const HOST_RESET = ':host { all: initial !important; }';

/**
 * Shows cards in one shadow-root host, added to the page the first time a card
 * opens and removed when the extension goes away. Built by hand rather than with
 * WXT's createShadowRootUi, whose auto-mount machinery costs the content script
 * about 3.5 kB gzip for one host that never moves.
 */
export function createCardPresenter(ctx: ContentScriptContext): CardPresenter {
  let host: HTMLElement | null = null;
  let container: HTMLElement | null = null;
  let wanted: { model: CardModel; anchor: DOMRect; navigation?: MentionNavigation } | null = null;

  const draw = () => {
    if (!container) return;
    const viewport = { width: window.innerWidth, height: window.innerHeight };
    render(wanted ? <CardFrame {...wanted} viewport={viewport} /> : null, container);
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
