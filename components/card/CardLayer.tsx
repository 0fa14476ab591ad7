import type { Translate } from '../../lib/i18n';
import { I18n } from '../i18n';
import { CardFrame, type CardFrameProps } from './CardFrame';

/** The card as the content script draws it: placed beside its name, with the browser's translations. */
export function CardLayer({ t, ...frame }: CardFrameProps & { t: Translate }) {
  return (
    <I18n.Provider value={t}>
      <CardFrame {...frame} />
    </I18n.Provider>
  );
}
