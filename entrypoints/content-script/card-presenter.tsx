import { browser } from 'wxt/browser';
import cardCss from '../../assets/card.css?inline';
import { cardHost } from '../../components/card/card-host';
import { type GetMessage, translator } from '../../lib/i18n';
import { withOnlineLookups } from '../../lib/online/online-presenter';
import type { CardPresenter } from '../../lib/page/card-presenter';
import type { ScriptLifetime } from '../../lib/page/script-lifetime';
import { licencesOpener, onlineAsk } from './background-client';

/**
 * The card's one shadow-root host, removed with the extension.
 * Hand-built: WXT's createShadowRootUi costs about 3.5 kB gzip for one host that never moves.
 */
export function createCardPresenter(life: ScriptLifetime): CardPresenter {
  const presenter = cardHost({
    doc: document,
    win: window,
    t: translator(browser.i18n.getMessage as GetMessage),
    dir: browser.i18n.getMessage('@@bidi_dir') === 'rtl' ? 'rtl' : 'ltr',
    css: cardCss,
    onRemove: (remove) => life.onInvalidated(remove),
  });
  const online = withOnlineLookups(presenter, onlineAsk(browser));
  const onLicences = licencesOpener(browser);
  return { ...online, show: (open) => life.isValid && online.show({ ...open, onLicences }) };
}
