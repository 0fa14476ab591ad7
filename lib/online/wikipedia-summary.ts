/**
 * A Wikipedia article's summary: the REST page/summary endpoint first, which
 * follows redirects by itself, then the Action API when REST fails. Only the
 * plain "extract" is read; "extract_html" never is.
 */
import { type ArticleSummary, type SummaryReply, summaryOf } from './summary-types';
import { field, isRecord, type Json, list, text } from './untrusted';
import type { WikimediaClient } from './wikimedia-client';
import { extractsUrl, summaryUrl } from './wikimedia-urls';

export type { ArticleSummary, SummaryReply };

const malformed = (what: string): SummaryReply => ({ ok: false, reason: 'malformed', message: `unexpected ${what}` });

export function parseRestSummary(status: number, json: Json): SummaryReply {
  if (status === 404) return { ok: true, kind: 'not-found' };
  if (!isRecord(json)) return malformed('summary answer');
  const type = text(json.type, 50);
  if (type === 'disambiguation') return { ok: true, kind: 'disambiguation' };
  if (type !== 'standard' && type !== 'no-extract') return malformed(`summary type "${type ?? ''}"`);
  const summary = summaryOf({
    title: field(field(json, 'titles'), 'canonical') ?? json.title,
    description: json.description,
    extract: json.extract,
  });
  return summary ? { ok: true, kind: 'standard', summary } : malformed('summary title');
}

export function parseActionExtract(json: Json): SummaryReply {
  const pages = field(field(json, 'query'), 'pages');
  if (!Array.isArray(pages)) return malformed('extracts answer');
  const page = list(pages)[0];
  if (!isRecord(page)) return { ok: true, kind: 'not-found' };
  if (page.missing === true || page.invalid === true) return { ok: true, kind: 'not-found' };
  if (isRecord(page.pageprops) && 'disambiguation' in page.pageprops) return { ok: true, kind: 'disambiguation' };
  const summary = summaryOf({
    title: page.title,
    description: page.description,
    extract: page.extract,
  });
  return summary ? { ok: true, kind: 'standard', summary } : malformed('extracts title');
}

async function fromRest(client: WikimediaClient, title: string, lang: string, signal?: AbortSignal) {
  const url = summaryUrl(title, lang);
  if (!url) return { ok: false, reason: 'invalid-input', message: 'not a Wikipedia title' } as const;
  const reply = await client.getJson(url, signal);
  return reply.ok ? parseRestSummary(reply.status, reply.json) : reply;
}

async function fromActionApi(client: WikimediaClient, title: string, lang: string, signal?: AbortSignal) {
  const url = extractsUrl(title, lang);
  if (!url) return { ok: false, reason: 'invalid-input', message: 'not a Wikipedia title' } as const;
  const reply = await client.getJson(url, signal);
  return reply.ok ? parseActionExtract(reply.json) : reply;
}

/** Failures worth a second try through the other API: a broken or odd answer, not a refusal or a cancel. */
const FALL_BACK_ON = new Set(['http', 'malformed', 'network', 'api-error']);

export async function fetchSummary(
  client: WikimediaClient,
  title: string,
  lang: string,
  signal?: AbortSignal,
): Promise<SummaryReply> {
  const rest = await fromRest(client, title, lang, signal);
  if (rest.ok || !FALL_BACK_ON.has(rest.reason)) return rest;
  const action = await fromActionApi(client, title, lang, signal);
  return action.ok ? action : rest;
}
