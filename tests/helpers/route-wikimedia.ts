/**
 * Wikipedia and Wikidata answered in Chromium from the fixtures in tests/fixtures/wikimedia, through the stand-in
 * the unit tests use. The lookups are fetched by the extension's service worker, not by the page; Playwright's
 * context.route sees a service worker's requests in Chromium, so one route answers them, and records each.
 */
import type { BrowserContext, Request, Route } from 'playwright-core';
import { wikimediaRoute } from './fake-wikimedia';

export const WIKIMEDIA = /^https:\/\/([a-z-]+\.wikipedia\.org|www\.wikidata\.org)\//;

export interface SeenRequest {
  url: string;
  body: string | null;
  /** The Api-User-Agent header. */
  agent: string | undefined;
}

/** `asRecorded` maps a request onto the one a fixture recorded, where the two differ only in a spelling. */
export async function routeWikimedia(
  context: BrowserContext,
  seen: SeenRequest[],
  asRecorded: (url: URL) => URL = (url) => url,
): Promise<void> {
  await context.route(WIKIMEDIA, async (route: Route, request: Request) => {
    seen.push({ url: request.url(), body: request.postData(), agent: (await request.allHeaders())['api-user-agent'] });
    const answer = wikimediaRoute(asRecorded(new URL(request.url()))) ?? { status: 404, body: 'no route' };
    await route.fulfill({
      status: answer.status ?? 200,
      headers: { 'content-type': 'application/json', ...(answer.headers ?? {}) },
      body: typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body),
    });
  });
}
