import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import cardCss from '../../assets/card.css?inline';
import { cardHost } from '../../components/card/card-host';
import { type GetMessage, translator } from '../../lib/i18n';
import type { CardPresenter } from '../../lib/page/card-presenter';
import { withOnlineLookups } from '../../lib/page/online-presenter';
import { UI_HOST_TAG } from '../../lib/text/element-kinds';
import { licencesOpener, onlineAsk } from './background-client';

/**
 * The card's one shadow-root host, removed with the extension.
 * Hand-built: WXT's createShadowRootUi costs about 3.5 kB gzip for one host that never moves.
 */
export function createCardPresenter(ctx: ContentScriptContext): CardPresenter {
  const presenter = cardHost({
    doc: document,
    win: window,
    t: translator(browser.i18n.getMessage as GetMessage),
    dir: browser.i18n.getMessage('@@bidi_dir') === 'rtl' ? 'rtl' : 'ltr',
    css: cardCss,
    hostTag: UI_HOST_TAG.toLowerCase(),
    onRemove: (remove) => ctx.onInvalidated(remove),
  });
  const online = withOnlineLookups(presenter, onlineAsk(browser));
  const onLicences = licencesOpener(browser);
  return { ...online, show: (open) => !ctx.isInvalid && online.show({ ...open, onLicences }) };
}
