/**
 * The hard shapes of real news pages, on original fixture pages: a body split across sibling
 * containers around an ad slot and a figure, an article element that also holds a rail of
 * teasers, and a short story. What is highlighted, and what is not, in real Chromium.
 */
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtensionBrowser } from '../../scripts/browser/launch-extension';
import { allHighlighted, waitForHighlights } from '../../scripts/browser/page-probes';
import { type PageServer, servePages } from '../../scripts/browser/serve-pages';
import { ARTICLE_SHAPES } from './support/article-shapes';
import { visit } from './support/kept-tabs';
import { borrowBrowser, returnBrowser } from './support/shared-browser';

let browser: ExtensionBrowser;
let server: PageServer;

beforeAll(async () => {
  server = await servePages(resolve('tests/fixtures/pages'));
  browser = await borrowBrowser();
});

afterAll(async () => {
  if (browser) await returnBrowser();
  await server?.close();
});

describe.each(ARTICLE_SHAPES)('in Chromium, $file', ({ file, highlighted, notHighlighted }) => {
  it('highlights the names of the story, and none outside it', async () => {
    const page = await visit({ browser }, server.url(file));
    await waitForHighlights(page);
    await expect.poll(() => allHighlighted(page)).toEqual(expect.arrayContaining(highlighted));
    const all = await allHighlighted(page);
    for (const name of notHighlighted)
      expect(
        all.filter((t) => t.includes(name)),
        name,
      ).toEqual([]);
  });
});
