import type { TargetedMouseEvent } from 'preact';
import type { CandidateSummary } from '../../lib/online/view';
import { useT } from '../i18n';

/** Acts only on a click the browser made: the page cannot pick an article, or send a name, for the reader. */
export const trusted = (action: () => void) => (event: TargetedMouseEvent<HTMLButtonElement>) => {
  if (event.isTrusted) action();
};

/** "Which one does the article mean?": the candidates Wikidata gave, and "None of these". */
export function CardChooser({
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
