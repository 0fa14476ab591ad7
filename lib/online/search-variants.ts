/**
 * Searching Wikidata for a name under its spelling variants, stopping as soon
 * as one finds an item whose label or alias is the whole name, so a name in
 * Wikidata's own spelling costs one request.
 */
import type { FailureReason } from './lookup-types';
import { nameFit } from './pick-candidate';
import { spellingVariants } from './spelling-variants';
import { type SearchHit, searchEntities } from './wikidata-search';
import type { WikimediaClient } from './wikimedia-client';

/** Searches per name at most: the original and the likeliest three other spellings. */
export const MAX_SEARCHES = 4;

export type VariantsReply = { ok: true; hits: SearchHit[] } | { ok: false; reason: FailureReason; message: string };

export async function searchVariants(
  client: WikimediaClient,
  name: string,
  lang: string,
  signal?: AbortSignal,
): Promise<VariantsReply> {
  const hits = new Map<string, SearchHit>();
  let failure: VariantsReply | undefined;
  for (const variant of spellingVariants(name).slice(0, MAX_SEARCHES)) {
    const reply = await searchEntities(client, variant, lang, signal);
    if (!reply.ok) {
      // A failing service would fail every spelling too: stop asking, and use what earlier spellings found.
      failure = reply;
      break;
    }
    // Wikidata's search matches prefixes too; hits that are not this name at all are dropped here.
    for (const hit of reply.hits)
      if (!hits.has(hit.qid) && nameFit(name, [hit.label, hit.matched]) > 0) hits.set(hit.qid, hit);
    if ([...hits.values()].some((hit) => nameFit(name, [hit.label, hit.matched]) === 2)) break;
  }
  if (hits.size === 0 && failure) return failure;
  return { ok: true, hits: [...hits.values()] };
}
