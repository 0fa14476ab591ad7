/** An online lookup's result as the card shows it, with the reader's "Not this one" choice applied. */

import type { WikiChoice } from '../settings/online';
import type { CandidateSummary, FoundAnswer, LookupResult } from './lookup-types';
import type { OnlineView } from './view';

function found(answer: FoundAnswer, stale: boolean): OnlineView {
  return {
    status: 'found',
    confidence: answer.confidence,
    qid: answer.qid,
    lang: answer.lang,
    title: answer.title,
    description: answer.description,
    extract: answer.extract,
    others: answer.runnersUp,
    stale,
  };
}

/** The reader picked another item: it is shown with what the lookup knows of it, marked as their choice. */
function picked(item: CandidateSummary, lang: string, all: CandidateSummary[]): OnlineView {
  return {
    status: 'found',
    confidence: 'chosen',
    qid: item.qid,
    lang,
    title: item.title ?? '',
    description: item.description,
    extract: '',
    others: all.filter((c) => c.qid !== item.qid),
    stale: false,
  };
}

export function toOnlineView(result: LookupResult, choice: WikiChoice | undefined, lang: string): OnlineView {
  if (choice === 'none') return { status: 'none' };
  const answer = result.kind === 'failed' ? result.stale : result;
  if (!answer) return { status: 'failed', message: result.kind === 'failed' ? result.message : '' };
  const stale = result.kind === 'failed';
  if (answer.kind === 'not-found') return { status: 'not-found' };
  const candidates =
    answer.kind === 'found'
      ? [
          { qid: answer.qid, label: answer.title, description: answer.description, title: answer.title },
          ...answer.runnersUp,
        ]
      : answer.candidates;
  const chosen = choice ? candidates.find((c) => c.qid === choice) : undefined;
  if (answer.kind === 'found' && (!chosen || chosen.qid === answer.qid)) {
    return { ...found(answer, stale), ...(chosen ? { confidence: 'chosen' as const } : {}) };
  }
  if (chosen) return picked(chosen, lang, candidates);
  return { status: 'ambiguous', lang, candidates };
}
