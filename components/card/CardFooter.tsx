import type { CardModel, SiteHiding } from '../../lib/model';
import { useT } from '../i18n';
import { trusted } from './CardChooser';

export interface CardFooterProps {
  model: CardModel;
  hiding?: SiteHiding;
  /** Opens the full sources and licences of the offline data (the background opens the extension's notice). */
  onLicences?: () => void;
}

/**
 * Where the facts come from, on one line with a link to their licences, and the per-site switch for this one name.
 * The buttons act only on a click the browser made (isTrusted): the card sits in a closed shadow root already, and
 * a page that found a way to fire clicks at it still could not hide or show names.
 */
export function CardFooter({ model, hiding, onLicences }: CardFooterProps) {
  const t = useT();
  const source = t('cardSource', model.sourceLabel ?? t('cardFromArticle'));
  return (
    <footer class="card-footer">
      <div class="card-source-line">
        {/* One line, cut short if need be: the whole of it is in the title, and in full behind the link. */}
        <p class="card-source" title={source}>
          {source}
        </p>
        {model.source === 'pack' && onLicences && (
          <button type="button" class="card-licences" aria-label={t('cardLicencesLabel')} onClick={trusted(onLicences)}>
            {t('cardLicences')}
          </button>
        )}
      </div>
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
