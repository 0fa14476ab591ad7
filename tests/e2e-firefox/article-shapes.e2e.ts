/** The article-shape fixture pages in Firefox: the same checks as in Chromium. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allHighlighted } from '../../scripts/browser/page-probes';
import { ARTICLE_SHAPES } from '../e2e/support/article-shapes';
import type { FirefoxHarness } from './support/firefox-harness';
import { borrowFirefoxHarness } from './support/shared-firefox';

let harness: FirefoxHarness;

beforeAll(async () => {
  harness = await borrowFirefoxHarness();
});

afterAll(async () => {
  await harness?.close();
});

describe.each(ARTICLE_SHAPES)('in Firefox, $file', ({ file, highlighted, notHighlighted }) => {
  it('highlights the names of the story, and none outside it', async () => {
    const page = await harness.openArticle(file);
    await expect.poll(() => allHighlighted(page), { timeout: 10_000 }).toEqual(expect.arrayContaining(highlighted));
    const all = await allHighlighted(page);
    for (const name of notHighlighted)
      expect(
        all.filter((t) => t.includes(name)),
        name,
      ).toEqual([]);
    await page.close();
  });
});
