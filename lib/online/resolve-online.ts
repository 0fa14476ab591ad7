/** From a name to one Wikipedia article, asking the network: search, fetch, type check, choose, summarise. */
import type {
  AmbiguousAnswer,
  CandidateSummary,
  Confidence,
  FailedAnswer,
  FoundAnswer,
  LookupContext,
  LookupType,
  StoredAnswer,
} from './lookup-types';
import { type Candidate, pickCandidate, type Scored } from './pick-candidate';
import { searchVariants } from './search-variants';
import { typeFit } from './type-check';
import { getItems, type ItemFacts } from './wikidata-entities';
import type { SearchHit } from './wikidata-search';
import type { WikimediaClient } from './wikimedia-client';
import { type ArticleSummary, fetchSummary } from './wikipedia-summary';

export interface OnlineDeps {
  client: WikimediaClient;
  lang: string;
  now: () => number;
  signal?: AbortSignal;
}

const summaryOf = ({ item }: Scored): CandidateSummary => ({
  qid: item.qid,
  label: item.label,
  description: item.description,
  ...(item.title ? { title: item.title } : {}),
});

const ambiguous = (candidates: Scored[], at: number): AmbiguousAnswer => ({
  kind: 'ambiguous',
  candidates: candidates.map(summaryOf),
  refreshedAt: at,
});

export async function resolveOnline(
  name: string,
  type: LookupType,
  context: LookupContext,
  deps: OnlineDeps,
): Promise<StoredAnswer | FailedAnswer> {
  const { client, lang, signal } = deps;
  const searched = await searchVariants(client, name, lang, signal);
  if (!searched.ok) return { kind: 'failed', reason: searched.reason, message: searched.message };
  if (searched.hits.length === 0) return { kind: 'not-found', refreshedAt: deps.now() };
  const ids = searched.hits.map((hit) => hit.qid);
  const fetched = await getItems(client, ids, lang, signal);
  if (!fetched.ok) return { kind: 'failed', reason: fetched.reason, message: fetched.message };
  return chooseAndSummarise(name, type, context, searched.hits, fetched.items, deps);
}

/** The second half of a lookup, once the name's search hits and their items are known. */
export async function chooseAndSummarise(
  name: string,
  type: LookupType,
  context: LookupContext,
  hits: readonly SearchHit[],
  items: readonly ItemFacts[],
  deps: OnlineDeps,
): Promise<StoredAnswer | FailedAnswer> {
  const matchedOf = new Map(hits.map((hit) => [hit.qid, hit.matched]));
  // Only items with an article in the reader's language can give a card its text.
  const candidates: Candidate[] = items
    .filter((item) => item.title !== undefined)
    .map((item) => ({ item, fit: typeFit(item, type), matched: matchedOf.get(item.qid) ?? item.label }));
  const pick = pickCandidate(name, candidates, context);
  if (pick.kind === 'none') return { kind: 'not-found', refreshedAt: deps.now() };
  if (pick.kind === 'ambiguous') return ambiguous(pick.candidates, deps.now());
  const { chosen, runnersUp } = pick;
  const summary = await fetchSummary(deps.client, chosen.item.title ?? '', deps.lang, deps.signal);
  if (!summary.ok) return { kind: 'failed', reason: summary.reason, message: summary.message };
  if (summary.kind !== 'standard') {
    // The item's article turned out to be a list of namesakes, or gone: let the reader choose among the rest.
    return runnersUp.length > 0 ? ambiguous(runnersUp, deps.now()) : { kind: 'not-found', refreshedAt: deps.now() };
  }
  return foundAnswer(chosen, pick.confidence, summary.summary, runnersUp, deps);
}

function foundAnswer(
  chosen: Scored,
  confidence: Confidence,
  summary: ArticleSummary,
  runnersUp: Scored[],
  deps: OnlineDeps,
): FoundAnswer {
  const { title } = summary;
  const { lang } = deps;
  return {
    kind: 'found',
    source: 'wikipedia',
    confidence,
    qid: chosen.item.qid,
    title,
    description: summary.description || chosen.item.description,
    extract: summary.extract,
    lang,
    runnersUp: runnersUp.map(summaryOf),
    refreshedAt: deps.now(),
  };
}
