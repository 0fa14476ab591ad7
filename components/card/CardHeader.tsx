import { type CardModel, TYPE_MESSAGES } from '../../lib/model';
import { useT } from '../i18n';
import { TypeIcon } from './TypeIcon';

/** Type, canonical name and the other spellings; the heading takes focus when the card opens by keyboard. */
export interface CardHeaderProps {
  model: CardModel;
  headingId: string;
  onClose?: () => void;
}

export function CardHeader({ model, headingId, onClose }: CardHeaderProps) {
  const t = useT();
  return (
    <header class="card-header">
      <TypeIcon type={model.type} />
      <div class="card-titles">
        <span class="card-type">{t(TYPE_MESSAGES[model.type].one)}</span>
        {/* dir="auto": a name in Arabic or Hebrew script keeps its own direction inside an English card. */}
        <h2 class="card-name" id={headingId} tabIndex={-1} dir="auto">
          {model.name}
        </h2>
        {model.alsoWritten.length > 0 && (
          <p class="card-also" dir="auto">
            {t('cardAlsoWritten', model.alsoWritten.join(', '))}
          </p>
        )}
      </div>
      {onClose && (
        <button type="button" class="card-close" aria-label={t('cardCloseLabel', model.name)} onClick={onClose}>
          <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
            <path d="M3 3l10 10M13 3 3 13" />
          </svg>
        </button>
      )}
    </header>
  );
}
