import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import cardCss from '../../assets/card.css?inline';
import { CardFrame } from '../../components/card/CardFrame';
import type { CardPresenter } from '../../lib/page/page-session';
import { UI_HOST_TAG } from '../../lib/text/element-kinds';

/**
 * Shows cards in one shadow-root host, added to the page the first time a card
 * opens and removed when the extension goes away.
 */
export function createCardPresenter(ctx: ContentScriptContext): CardPresenter {
  let ui: Awaited<ReturnType<typeof createShadowRootUi<HTMLElement>>> | null = null;
  let mounting: Promise<void> | null = null;
  let wanted: { model: Parameters<CardPresenter['show']>[0]; anchor: DOMRect } | null = null;

  const draw = () => {
    if (!ui?.mounted) return;
    const viewport = { width: window.innerWidth, height: window.innerHeight };
    render(wanted ? <CardFrame model={wanted.model} anchor={wanted.anchor} viewport={viewport} /> : null, ui.mounted);
  };
  const mount = async () => {
    ui = await createShadowRootUi(ctx, {
      name: UI_HOST_TAG.toLowerCase(),
      position: 'inline',
      anchor: () => document.documentElement,
      css: cardCss,
      onMount: (container) => container,
      onRemove: (container) => container && render(null, container),
    });
    ui.mount();
  };
  return {
    show(model, anchor) {
      wanted = { model, anchor };
      mounting ??= mount();
      mounting.then(draw).catch((error: unknown) => console.warn('Backstory could not show a card:', error));
    },
    hide() {
      wanted = null;
      draw();
    },
    owns: (target) => !!ui && target === ui.shadowHost,
  };
}
