/**
 * Lookups of one name that overlap (two tabs on one story, or one name hovered
 * twice) share one trip to the network. The shared work stops only when every
 * tab waiting for it has closed; a tab that closes early hears "aborted" at once.
 * The first caller's context decides the choice for all of them, as the cache does.
 */

import { type LookupDeps, lookUp } from './look-up';
import { cacheKey } from './lookup-cache';
import type { LookupContext, LookupResult, LookupType } from './lookup-types';

interface Shared {
  result: Promise<LookupResult>;
  controller: AbortController;
  waiting: number;
}

export type SharedLookUp = (
  name: string,
  type: LookupType,
  context: LookupContext,
  signal?: AbortSignal,
) => Promise<LookupResult>;

const ABORTED: LookupResult = { kind: 'failed', reason: 'aborted', message: 'the lookup was cancelled' };

export function shareLookups(deps: Omit<LookupDeps, 'signal'>): SharedLookUp {
  const inFlight = new Map<string, Shared>();
  return (name, type, context, signal) => {
    if (signal?.aborted) return Promise.resolve(ABORTED);
    const key = cacheKey(deps.lang, name, type);
    let shared = inFlight.get(key);
    if (!shared) {
      const controller = new AbortController();
      const result = lookUp(name, type, context, { ...deps, signal: controller.signal });
      const entry: Shared = { result, controller, waiting: 0 };
      void result.finally(() => {
        if (inFlight.get(key) === entry) inFlight.delete(key);
      });
      inFlight.set(key, entry);
      shared = entry;
    }
    const mine = shared;
    mine.waiting += 1;
    if (!signal) return mine.result;
    return new Promise<LookupResult>((resolve) => {
      const leave = () => {
        mine.waiting -= 1;
        if (mine.waiting === 0) {
          mine.controller.abort();
          if (inFlight.get(key) === mine) inFlight.delete(key);
        }
        resolve(ABORTED);
      };
      signal.addEventListener('abort', leave, { once: true });
      void mine.result.then((result) => {
        signal.removeEventListener('abort', leave);
        resolve(result);
      });
    });
  };
}
