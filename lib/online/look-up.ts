/**
 * The online lookup as callers see it: the cache first, then the network, then
 * the cache again. It never throws; a failure comes back as a result, with any
 * expired answer the cache still had, marked as not refreshed.
 */
import type { CacheHit, LookupCache } from './lookup-cache';
import type {
  FailedAnswer,
  FailureReason,
  LookupContext,
  LookupResult,
  LookupType,
  StoredAnswer,
} from './lookup-types';
import { type OnlineDeps, resolveOnline } from './resolve-online';
import { checkedName, isLang } from './wikimedia-urls';

export interface LookupDeps extends OnlineDeps {
  /** Absent, or broken, means every lookup asks the network. */
  cache?: LookupCache;
}

export const failed = (reason: FailureReason, message: string): FailedAnswer => ({ kind: 'failed', reason, message });

/** Only what the cache has, never the network: for a hover, which must not wait. */
export async function peekLookup(
  name: string,
  type: LookupType,
  deps: Pick<LookupDeps, 'cache' | 'lang'>,
): Promise<LookupResult | undefined> {
  const checked = checkedName(name);
  if (!checked || !deps.cache) return undefined;
  try {
    const hit = await deps.cache.peek(deps.lang, checked, type);
    if (!hit) return undefined;
    if (hit.fresh) return { ...hit.answer, fromCache: true };
    return { ...failed('not-refreshed', 'the cached answer has expired'), stale: { ...hit.answer, refreshed: false } };
  } catch {
    return undefined;
  }
}

export async function lookUp(
  name: string,
  type: LookupType,
  context: LookupContext,
  deps: LookupDeps,
): Promise<LookupResult> {
  try {
    return await cachedOrOnline(name, type, context, deps);
  } catch (error) {
    // Only a bug or a misbehaving dependency gets here; callers still get a result, not an exception.
    return failed('internal', `the lookup failed (${error instanceof Error ? error.message : 'unknown error'})`);
  }
}

async function cachedOrOnline(
  name: string,
  type: LookupType,
  context: LookupContext,
  deps: LookupDeps,
): Promise<LookupResult> {
  const checked = checkedName(name);
  if (!checked) return failed('invalid-input', 'not a name that can be looked up');
  if (!isLang(deps.lang)) return failed('invalid-input', `not a Wikipedia language: ${deps.lang.slice(0, 20)}`);
  const hit = await deps.cache?.peek(deps.lang, checked, type);
  if (hit?.fresh) return { ...hit.answer, fromCache: true };
  const answer = deps.signal?.aborted
    ? failed('aborted', 'the lookup was cancelled')
    : await resolveOnline(checked, type, context, deps);
  return settle(answer, hit, checked, type, deps);
}

/** A fresh answer is cached; a failure carries the expired answer the cache had, marked as not refreshed. */
export async function settle(
  answer: StoredAnswer | FailedAnswer,
  hit: CacheHit | undefined,
  name: string,
  type: LookupType,
  deps: Pick<LookupDeps, 'cache' | 'lang'>,
): Promise<LookupResult> {
  if (answer.kind === 'failed') return hit ? { ...answer, stale: { ...hit.answer, refreshed: false } } : answer;
  await deps.cache?.put(deps.lang, name, type, answer);
  return { ...answer, fromCache: false };
}
