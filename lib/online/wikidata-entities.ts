/** The few facts of Wikidata items that choosing needs, fetched in batches (wbgetentities). */
import type { FailureReason } from './lookup-types';
import { field, isRecord, type Json, list, qidOf, text } from './untrusted';
import type { WikimediaClient } from './wikimedia-client';
import { checkedTitle, getEntitiesUrl, MAX_IDS_PER_CALL } from './wikimedia-urls';

export interface ItemFacts {
  qid: string;
  label: string;
  description: string;
  /** Classes the item is an instance of (P31), deprecated statements left out. */
  instanceOf: string[];
  /** Properties with at least one value, of those the type check reads. */
  has: Set<string>;
  /** The Wikipedia article in the lookup's language. */
  title?: string;
}

export type ItemsReply = { ok: true; items: ItemFacts[] } | { ok: false; reason: FailureReason; message: string };

/** Properties whose presence says what an item is: coordinates, headquarters, founder, chairperson, legal form. */
export const SIGNAL_PROPERTIES = ['P625', 'P159', 'P112', 'P488', 'P1454'] as const;
const MAX_TEXT_CHARS = 400;

function valuesOf(claims: Json, property: string): Json[] {
  return list(field(claims, property)).filter(
    (statement) =>
      field(statement, 'rank') !== 'deprecated' && field(field(statement, 'mainsnak'), 'snaktype') === 'value',
  );
}

function itemOf(entity: Json, lang: string): ItemFacts | undefined {
  const qid = qidOf(field(entity, 'id'));
  if (!qid || 'missing' in (isRecord(entity) ? entity : {})) return undefined;
  const claims = field(entity, 'claims');
  const instanceOf = valuesOf(claims, 'P31').flatMap(
    (statement) => qidOf(field(field(field(field(statement, 'mainsnak'), 'datavalue'), 'value'), 'id')) ?? [],
  );
  const has = new Set(SIGNAL_PROPERTIES.filter((property) => valuesOf(claims, property).length > 0));
  const site = `${lang.replace(/-/g, '_')}wiki`;
  const rawTitle = text(field(field(field(entity, 'sitelinks'), site), 'title'), MAX_TEXT_CHARS);
  const title = rawTitle === undefined ? undefined : checkedTitle(rawTitle);
  const label = text(field(field(field(entity, 'labels'), lang), 'value'), MAX_TEXT_CHARS) ?? title ?? qid;
  const description = text(field(field(field(entity, 'descriptions'), lang), 'value'), MAX_TEXT_CHARS) ?? '';
  return { qid, label, description, instanceOf, has, title };
}

/** The items of a wbgetentities answer, or undefined when it does not have that shape. */
export function parseEntities(json: Json, lang: string): ItemFacts[] | undefined {
  const entities = field(json, 'entities');
  if (!isRecord(entities)) return undefined;
  return Object.values(entities).flatMap((entity) => itemOf(entity, lang) ?? []);
}

export function batches<T>(items: readonly T[], size = MAX_IDS_PER_CALL): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Facts for the given ids, in their order, at most 50 ids per request. */
export async function getItems(
  client: WikimediaClient,
  ids: readonly string[],
  lang: string,
  signal?: AbortSignal,
): Promise<ItemsReply> {
  const found = new Map<string, ItemFacts>();
  for (const batch of batches([...new Set(ids)])) {
    const url = getEntitiesUrl(batch, lang);
    if (!url) return { ok: false, reason: 'invalid-input', message: 'not Wikidata item ids' };
    const reply = await client.getJson(url, signal);
    if (!reply.ok) return reply;
    const items = parseEntities(reply.json, lang);
    if (!items) return { ok: false, reason: 'malformed', message: 'unexpected entities answer from Wikidata' };
    for (const item of items) found.set(item.qid, item);
  }
  // A redirected id comes back under its new id, so items not asked for are kept too.
  const ordered = ids.flatMap((id) => found.get(id) ?? []);
  return { ok: true, items: [...new Set([...ordered, ...found.values()])] };
}
