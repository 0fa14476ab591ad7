/** Wikidata's label-and-alias search (wbsearchentities), one name at a time. */
import type { FailureReason } from './lookup-types';
import { field, isRecord, type Json, list, qidOf, text } from './untrusted';
import type { WikimediaClient } from './wikimedia-client';
import { searchEntitiesUrl } from './wikimedia-urls';

export interface SearchHit {
  qid: string;
  label: string;
  description: string;
  /** The label or alias the search matched, which may differ from the label. */
  matched: string;
}

export type SearchReply = { ok: true; hits: SearchHit[] } | { ok: false; reason: FailureReason; message: string };

const MAX_LABEL_CHARS = 400;

function hitOf(entry: Json): SearchHit | undefined {
  const qid = qidOf(field(entry, 'id'));
  if (!qid) return undefined;
  const label = text(field(entry, 'label'), MAX_LABEL_CHARS) ?? '';
  const matched = text(field(field(entry, 'match'), 'text'), MAX_LABEL_CHARS) ?? label;
  if (!label && !matched) return undefined;
  const description = text(field(entry, 'description'), MAX_LABEL_CHARS) ?? '';
  return { qid, label: label || matched, description, matched };
}

/** The hits of a wbsearchentities answer, or undefined when it does not have that shape. */
export function parseSearch(json: Json): SearchHit[] | undefined {
  if (!isRecord(json) || !Array.isArray(json.search)) return undefined;
  return list(json.search).flatMap((entry) => hitOf(entry) ?? []);
}

export async function searchEntities(
  client: WikimediaClient,
  name: string,
  lang: string,
  signal?: AbortSignal,
): Promise<SearchReply> {
  const url = searchEntitiesUrl(name, lang);
  if (!url) return { ok: false, reason: 'invalid-input', message: 'not a name that can be searched for' };
  const reply = await client.getJson(url, signal);
  if (!reply.ok) return reply;
  const hits = parseSearch(reply.json);
  return hits
    ? { ok: true, hits }
    : { ok: false, reason: 'malformed', message: 'unexpected search answer from Wikidata' };
}
