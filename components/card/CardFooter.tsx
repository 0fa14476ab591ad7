import type { TargetedMouseEvent } from 'preact';
import type { CardModel, SiteHiding } from '../../lib/model';
import { useT } from '../i18n';

/**
 * Where the facts come from, with their licence, and the per-site switch for this one name. The switch acts only on
 * a click the browser made (isTrusted): the card sits in a closed shadow root already, and a page that found a way
 * to fire clicks at it still could not hide or show names.
 */
export function CardFooter({ model, hiding }: { model: CardModel; hiding?: SiteHiding }) {
  const t = useT();
  const trusted = (action: () => void) => (event: TargetedMouseEvent<HTMLButtonElement>) => {
    if (event.isTrusted) action();
  };
  return (
    <footer class="card-footer">
      <p class="card-source">{t('cardSource', model.sourceLabel ?? t('cardFromArticle'))}</p>
      {model.source === 'pack' && <p class="card-licence">{t('cardLicenceNote')}</p>}
      {hiding && !hiding.hidden && (
        <button type="button" class="card-hide" onClick={trusted(hiding.hide)}>
          {t('cardHideName', model.name)}
        </button>
      )}
      {/* Always there, so that a screen reader hears the line when it appears. */}
      <p class="card-hidden" role="status">
        {hiding?.hidden && t('cardHiddenName', model.name)}
      </p>
      {hiding?.hidden && (
        <button
          type="button"
          class="card-undo"
          aria-label={t('cardUndoHide', model.name)}
          onClick={trusted(hiding.undo)}
        >
          {t('cardUndo')}
        </button>
      )}
    </footer>
  );
}
