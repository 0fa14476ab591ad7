import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtensionBrowser } from '../../scripts/browser/launch-extension';
import { waitForHighlights } from '../../scripts/browser/page-probes';
import { type PageServer, servePages } from '../../scripts/browser/serve-pages';
import { visit } from './support/kept-tabs';
import { borrowBrowser, returnBrowser } from './support/shared-browser';

const CORPUS = resolve('tests/fixtures/corpus');
const pages = readdirSync(CORPUS).filter((f) => f.endsWith('.html'));
/** Share of the gold names that must be highlighted on each page. */
const MIN_NAME_RECALL = 0.85;

interface Gold {
  entities: { type: string; forms: string[] }[];
}

let browser: ExtensionBrowser;
let server: PageServer;

beforeAll(async () => {
  server = await servePages(CORPUS);
  browser = await borrowBrowser();
});

afterAll(async () => {
  if (browser) await returnBrowser();
  await server?.close();
});

describe.each(pages)('the corpus page %s in Chromium', (file) => {
  it('highlights the names of its article and nothing outside it', async () => {
    const gold = JSON.parse(readFileSync(resolve(CORPUS, file.replace(/\.html$/, '.gold.json')), 'utf8')) as Gold;
    const page = await visit({ browser }, server.url(file));
    await waitForHighlights(page);
    const found = await page.evaluate(() => {
      const article = document.querySelector('article, .story-body');
      const out: { text: string; inside: boolean }[] = [];
      for (const [name, highlight] of CSS.highlights) {
        if (!name.startsWith('backstory-')) continue;
        for (const range of highlight as Iterable<Range>) {
          out.push({ text: range.toString(), inside: !!article?.contains(range.startContainer) });
        }
      }
      return out;
    });
    expect(found.filter((f) => !f.inside)).toEqual([]);
    const texts = new Set(found.map((f) => f.text));
    const names = gold.entities.filter((e) => e.type !== 'TERM');
    const hit = names.filter((e) => e.forms.some((form) => texts.has(form)));
    expect(hit.length / names.length).toBeGreaterThanOrEqual(MIN_NAME_RECALL);
  });
});
