import { useState } from 'preact/hooks';
import type { MessageKey } from '../../lib/i18n';
import type { Confidence } from '../../lib/online/lookup-types';
import type { OnlineCard } from '../../lib/online/view';
import { useT } from '../i18n';
import { CardChooser, trusted } from './CardChooser';

/** How sure the match is, in words; a sure match says nothing. */
const CONFIDENCE_SAID: Record<Confidence | 'chosen', MessageKey | null> = {
  chosen: 'onlineChosen',
  high: null,
  medium: 'onlineLikely',
  low: 'onlinePossible',
};

/**
 * What Wikipedia says: the short description, the extract as plain text, how sure the match is, the licence's
 * attribution, and "Not this one". While lookups are off, a card with no background of its own offers to look up
 * its one name, on the reader's click, and then to look up every name. No thumbnail: an image on the news page
 * would tell Wikimedia which page the reader is on (Referer) and the page's own CSP may block it.
 */
export function CardOnline({ name, online, hasOffline }: { name: string; online: OnlineCard; hasOffline: boolean }) {
  const t = useT();
  const { view, offerAll } = online;
  if (view.status === 'off' && hasOffline) return null;
  // Polite: the answer that replaces "Looking up…" is read out when it comes.
  return (
    <div class="card-online-area" aria-live="polite">
      <Answer name={name} online={online} />
      {offerAll && (
        <p class="card-offer-all">
          {t('onlineOfferAll')}{' '}
          <button type="button" class="card-turn-on" onClick={trusted(offerAll)}>
            {t('onlineOfferAllButton')}
          </button>
        </p>
      )}
    </div>
  );
}

function Answer({ name, online }: { name: string; online: OnlineCard }) {
  const t = useT();
  const [choosing, setChoosing] = useState(false);
  const { view } = online;
  const note = (text: string) => <p class="card-online card-online-note">{text}</p>;
  const choose = (choice: string) => {
    setChoosing(false);
    online.choose(choice);
  };
  if (view.status === 'off')
    return (
      <div class="card-online card-online-off">
        <button type="button" class="card-offer" onClick={trusted(online.lookUp)}>
          {t('onlineOfferTitle')}
        </button>
      </div>
    );
  if (view.status === 'looking') return note(t('onlineLooking', name));
  if (view.status === 'denied') return note(t('onlineDeniedOnce'));
  if (view.status === 'not-found') return note(t('onlineNotFound'));
  if (view.status === 'failed') return note(t('onlineFailed'));
  if (view.status === 'none')
    return (
      <p class="card-online card-online-note">
        {t('onlineNone')}{' '}
        <button type="button" class="card-undo-choice" onClick={trusted(() => online.choose(null))}>
          {t('onlineUndoChoice')}
        </button>
      </p>
    );
  if (view.status === 'ambiguous')
    return (
      <div class="card-online">
        <CardChooser name={name} candidates={view.candidates} choose={choose} />
      </div>
    );
  const said = CONFIDENCE_SAID[view.confidence];
  const confidence = said ? t(said) : '';
  return (
    <div class="card-online" data-confidence={view.confidence}>
      {confidence && <p class="card-confidence">{confidence}</p>}
      {view.description && (
        <p class="card-wiki-description" dir="auto">
          {view.description}
        </p>
      )}
      {view.extract && (
        <p class="card-extract" dir="auto">
          {view.extract}
        </p>
      )}
      {view.stale && <p class="card-online-note">{t('onlineNotRefreshed')}</p>}
      {view.title && <p class="card-source card-wiki-source">{t('onlineSource', view.title)}</p>}
      <div class="card-online-actions">
        {view.title && (
          <button type="button" class="card-read" onClick={trusted(() => online.openArticle(view.lang, view.title))}>
            {t('onlineRead')}
          </button>
        )}
        <button
          type="button"
          class="card-not-this"
          aria-expanded={choosing}
          onClick={trusted(() => setChoosing(!choosing))}
        >
          {t('onlineNotThis')}
        </button>
      </div>
      {choosing && <CardChooser name={name} candidates={view.others} choose={choose} />}
    </div>
  );
}
