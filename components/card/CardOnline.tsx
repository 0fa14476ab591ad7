import type { TargetedMouseEvent } from 'preact';
import { useState } from 'preact/hooks';
import type { CandidateSummary, OnlineCard } from '../../lib/online-view';
import { useT } from '../i18n';

/** Acts only on a click the browser made: the page cannot pick an article for the reader. */
const trusted = (action: () => void) => (event: TargetedMouseEvent<HTMLButtonElement>) => {
  if (event.isTrusted) action();
};

function Chooser({
  name,
  candidates,
  choose,
}: {
  name: string;
  candidates: CandidateSummary[];
  choose(c: string): void;
}) {
  const t = useT();
  return (
    <fieldset class="card-chooser">
      <legend class="card-label">{t('onlineWhich', name)}</legend>
      <ul>
        {candidates.map((c) => (
          <li key={c.qid}>
            <button type="button" class="card-choice" onClick={trusted(() => choose(c.qid))}>
              <span dir="auto">{c.label}</span>
              {c.description && <span dir="auto">: {c.description}</span>}
            </button>
          </li>
        ))}
        <li>
          <button type="button" class="card-choice" onClick={trusted(() => choose('none'))}>
            {t('onlineNoneOfThese')}
          </button>
        </li>
      </ul>
    </fieldset>
  );
}

/**
 * What Wikipedia says, when online lookups are on: the short description, the extract as plain text, how sure the
 * match is, the licence's attribution, and "Not this one". No thumbnail: an image on the news page would tell
 * Wikimedia which page the reader is on (Referer) and the page's own CSP may block it.
 */
export function CardOnline({ name, online, hasOffline }: { name: string; online: OnlineCard; hasOffline: boolean }) {
  const t = useT();
  const [choosing, setChoosing] = useState(false);
  const { view } = online;
  const choose = (choice: string) => {
    setChoosing(false);
    online.choose(choice);
  };
  if (view.status === 'off') {
    if (hasOffline) return null;
    return (
      <div class="card-online card-online-off">
        <button type="button" class="card-offer" aria-expanded={choosing} onClick={() => setChoosing(!choosing)}>
          {t('onlineOfferTitle')}
        </button>
        {choosing && <p class="hint">{t('onlineOfferHint')}</p>}
      </div>
    );
  }
  if (view.status === 'not-found') return <p class="card-online card-online-note">{t('onlineNotFound')}</p>;
  if (view.status === 'failed') return <p class="card-online card-online-note">{t('onlineFailed')}</p>;
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
        <Chooser name={name} candidates={view.candidates} choose={choose} />
      </div>
    );
  const confidence =
    view.confidence === 'chosen'
      ? t('onlineChosen')
      : view.confidence === 'medium'
        ? t('onlineLikely')
        : view.confidence === 'low'
          ? t('onlinePossible')
          : '';
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
      {choosing && <Chooser name={name} candidates={view.others} choose={choose} />}
    </div>
  );
}
