/**
 * The names of one article looked up together, so Wikidata is asked for all
 * their candidate items in shared batches of 50 instead of once per name.
 * Searches and summaries stay one per name: neither API batches them. Like
 * lookUp, it never throws and answers from the cache first.
 */
import { failed, type LookupDeps, settle } from './look-up';
import { type CacheHit, cacheKey } from './lookup-cache';
import type { LookupContext, LookupResult, LookupType } from './lookup-types';
import { chooseAndSummarise } from './resolve-online';
import { searchVariants } from './search-variants';
import { getItems } from './wikidata-entities';
import type { SearchHit } from './wikidata-search';
import { checkedName, isLang } from './wikimedia-urls';

export interface NameToLookUp {
  name: string;
  type: LookupType;
}

interface Pending {
  name: string;
  type: LookupType;
  hit?: CacheHit;
  hits: SearchHit[];
  /** Indexes of the requests this lookup answers (spellings of one name share it). */
  at: number[];
}

/** Results in the order of the names given. */
export async function lookUpMany(
  names: readonly NameToLookUp[],
  context: LookupContext,
  deps: LookupDeps,
): Promise<LookupResult[]> {
  try {
    return await lookUpAll(names, context, deps);
  } catch (error) {
    const message = `the lookup failed (${error instanceof Error ? error.message : 'unknown error'})`;
    return names.map(() => failed('internal', message));
  }
}

async function lookUpAll(names: readonly NameToLookUp[], context: LookupContext, deps: LookupDeps) {
  if (!isLang(deps.lang)) return names.map(() => failed('invalid-input', 'not a Wikipedia language'));
  const results: LookupResult[] = names.map(() => failed('invalid-input', 'not a name that can be looked up'));
  const pending = new Map<string, Pending>();
  for (const [i, { name, type }] of names.entries()) {
    const checked = checkedName(name);
    if (!checked) continue;
    const key = cacheKey(deps.lang, checked, type);
    const known = pending.get(key);
    if (known) {
      known.at.push(i);
      continue;
    }
    const hit = await deps.cache?.peek(deps.lang, checked, type);
    if (hit?.fresh) results[i] = { ...hit.answer, fromCache: true };
    else pending.set(key, { name: checked, type, hit, hits: [], at: [i] });
  }
  const answer = async (p: Pending, outcome: Parameters<typeof settle>[0]) => {
    const result = await settle(outcome, p.hit, p.name, p.type, deps);
    for (const i of p.at) results[i] = result;
  };
  const searching: Pending[] = [];
  for (const p of pending.values()) {
    const searched = await searchVariants(deps.client, p.name, deps.lang, deps.signal);
    if (!searched.ok) await answer(p, { kind: 'failed', reason: searched.reason, message: searched.message });
    else if (searched.hits.length === 0) await answer(p, { kind: 'not-found', refreshedAt: deps.now() });
    else searching.push({ ...p, hits: searched.hits });
  }
  if (searching.length === 0) return results;
  const ids = searching.flatMap((p) => p.hits.map((h) => h.qid));
  const fetched = await getItems(deps.client, ids, deps.lang, deps.signal);
  for (const p of searching) {
    if (!fetched.ok) {
      await answer(p, { kind: 'failed', reason: fetched.reason, message: fetched.message });
      continue;
    }
    const mine = new Set(p.hits.map((h) => h.qid));
    const items = fetched.items.filter((item) => mine.has(item.qid));
    await answer(p, await chooseAndSummarise(p.name, p.type, context, p.hits, items, deps));
  }
  return results;
}
