/**
 * A stand-in for Wikipedia and Wikidata built from the recorded-shape fixtures
 * in tests/fixtures/wikimedia, and a clock whose sleeps return at once but are
 * remembered, so tests can assert every wait without waiting.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FetchLike, ResponseLike } from '../../lib/online/wikimedia-client';

const DIR = join(__dirname, '../fixtures/wikimedia');

export function fixture(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(DIR, `${name}.json`), 'utf8'));
}

export interface FakeReply {
  status?: number;
  /** A string is sent as it is; anything else as JSON. */
  body: unknown;
  headers?: Record<string, string>;
}

export function reply({ status = 200, body, headers = {} }: FakeReply): ResponseLike {
  const lower = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
  return {
    status,
    headers: { get: (name) => lower[name.toLowerCase()] ?? null },
    text: async () => (typeof body === 'string' ? body : JSON.stringify(body)),
  };
}

export type Route = (url: URL) => FakeReply | undefined;

const SEARCHES: Record<string, string> = Object.fromEntries(
  readdirSync(DIR)
    .filter((file) => file.startsWith('search-'))
    .map((file) => {
      const name = file.replace(/\.json$/, '');
      return [String((fixture(name).searchinfo as { search: string }).search), name];
    }),
);

const ENTITIES: Record<string, unknown> = Object.assign(
  {},
  ...readdirSync(DIR)
    .filter((file) => file.startsWith('entities-'))
    .map((file) => fixture(file.replace(/\.json$/, '')).entities),
);

const SUMMARIES: Record<string, string> = {
  Nursultan_Nazarbayev: 'summary-nursultan-nazarbayev',
  'Kassym-Jomart_Tokayev': 'summary-kassym-jomart-tokayev',
  Max_Bokayev: 'summary-max-bokayev',
  John_Smith: 'summary-john-smith-disambiguation',
  'Mercury_(planet)': 'summary-mercury-planet',
};

/** Answers like the real services do for the names in the fixtures, and "nothing" for every other name. */
export const wikimediaRoute: Route = (url) => {
  const params = url.searchParams;
  if (url.hostname === 'www.wikidata.org' && params.get('action') === 'wbsearchentities') {
    const name = SEARCHES[params.get('search') ?? ''];
    return { body: name ? fixture(name) : { searchinfo: { search: params.get('search') }, search: [], success: 1 } };
  }
  if (url.hostname === 'www.wikidata.org' && params.get('action') === 'wbgetentities') {
    const ids = (params.get('ids') ?? '').split('|');
    const entities = Object.fromEntries(ids.map((id) => [id, ENTITIES[id] ?? { id, missing: '' }]));
    return { body: { entities, success: 1 } };
  }
  const rest = /^\/api\/rest_v1\/page\/summary\/(.+)$/.exec(url.pathname);
  if (rest) {
    const name = SUMMARIES[decodeURIComponent(rest[1] ?? '')];
    return name ? { body: fixture(name) } : { status: 404, body: fixture('summary-not-found') };
  }
  return undefined;
};

export interface FakeNetwork {
  fetch: FetchLike;
  requests: { url: URL; init: RequestInit }[];
}

export function fakeNetwork(route: Route = wikimediaRoute): FakeNetwork {
  const requests: FakeNetwork['requests'] = [];
  const fetch: FetchLike = async (href, init) => {
    const url = new URL(href);
    requests.push({ url, init });
    return reply(route(url) ?? { status: 404, body: 'no route' });
  };
  return { fetch, requests };
}

export interface FakeClock {
  now: () => number;
  /** Backoff waits: they pass at once, moving the clock on, and are recorded in `waits`. */
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Deadlines: they pass only when the clock has moved on far enough. */
  after: (ms: number, signal: AbortSignal) => Promise<void>;
  advance: (ms: number) => void;
  waits: number[];
}

export function fakeClock(start = Date.UTC(2026, 10, 25, 12)): FakeClock {
  let time = start;
  const waits: number[] = [];
  const deadlines: { at: number; pass: () => void }[] = [];
  const moveTo = (to: number) => {
    time = to;
    for (const due of deadlines.filter((d) => d.at <= time)) {
      deadlines.splice(deadlines.indexOf(due), 1);
      due.pass();
    }
  };
  return {
    now: () => time,
    sleep: async (ms) => {
      waits.push(ms);
      moveTo(time + ms);
    },
    after: (ms, signal) =>
      new Promise<void>((pass) => {
        const deadline = { at: time + ms, pass };
        deadlines.push(deadline);
        signal.addEventListener(
          'abort',
          () => deadlines.includes(deadline) && deadlines.splice(deadlines.indexOf(deadline), 1),
        );
      }),
    advance: (ms) => moveTo(time + ms),
    waits,
  };
}
