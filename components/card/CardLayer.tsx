import type { Translate } from '../../lib/i18n';
import { I18n } from '../i18n';
import { CardFrame, type CardFrameProps } from './CardFrame';

export interface CardLayerProps extends CardFrameProps {
  t: Translate;
  /** The direction of the extension's language, which the card's own text is in. */
  dir?: 'ltr' | 'rtl';
}

/** The card as the content script draws it: placed beside its name, with the browser's translations. */
export function CardLayer({ t, dir = 'ltr', ...frame }: CardLayerProps) {
  return (
    <I18n.Provider value={t}>
      <div class="card-layer" dir={dir}>
        <CardFrame {...frame} />
      </div>
    </I18n.Provider>
  );
}
