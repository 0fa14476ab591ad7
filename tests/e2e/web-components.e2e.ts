import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allHighlighted, mentionCenter, waitForHighlights } from '../../scripts/browser/page-probes';
import { cardProbe } from './support/card-probe';
import { type Harness, startHarness } from './support/extension-fixture';
import { visit } from './support/kept-tabs';

const PAGE = 'web-component-article.html';
let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});

afterAll(async () => {
  await harness?.close();
});

/** Whose sheets the quote's shadow root holds: the component's own, and any rules for our highlights. */
const quoteSheets = () => {
  const root = document.querySelector('pull-quote')?.shadowRoot;
  return (root?.adoptedStyleSheets ?? []).map((sheet) =>
    [...sheet.cssRules].some((rule) => rule.cssText.includes('backstory-')) ? 'ours' : 'page',
  );
};

/**
 * How the browser would paint a place highlight in the quote's shadow tree, and in a paragraph of the page.
 * (Chromium lets the page's ::highlight rules reach shadow trees on its own; Firefox does not, which is why the
 * sheet is adopted; the Firefox suite checks that it paints there.)
 */
const placePaint = () => {
  const paint = (el: Element | null | undefined) => {
    if (!el) return 'missing';
    const style = getComputedStyle(el, '::highlight(backstory-place)');
    return `${style.textDecorationLine} ${style.textDecorationColor}`;
  };
  const quote = document.querySelector('pull-quote')?.shadowRoot?.querySelector('blockquote');
  return { shadow: paint(quote), page: paint(document.querySelector('article p')) };
};

describe('a web component in the article', () => {
  it('has the names in its open shadow root highlighted, painted and hoverable, and gets its sheets back', async () => {
    const page = await visit(harness, harness.server.url(PAGE));
    await waitForHighlights(page);
    await expect.poll(() => allHighlighted(page), { timeout: 5000 }).toEqual(expect.arrayContaining(['Khovd']));
    // The names inside the component were read in its own tree, not as the host's light text.
    const inShadow = await page.evaluate(() =>
      [...(CSS.highlights.get('backstory-place') ?? [])].some(
        (r) => (r as Range).startContainer.getRootNode() instanceof ShadowRoot,
      ),
    );
    expect(inShadow).toBe(true);
    expect(await page.evaluate(quoteSheets)).toEqual(['page', 'ours']);
    const painted = await page.evaluate(placePaint);
    expect(painted.page).toMatch(/^underline/);
    expect(painted.shadow).toBe(painted.page);

    // The component changes its own text: only its shadow root saw it, which is watched too.
    await page.evaluate(() => {
      const caption = document.querySelector('pull-quote')?.shadowRoot?.querySelector('figcaption');
      if (caption) caption.textContent = 'A herder near Khovd, speaking to Nambaryn Enkhbayar';
    });
    await expect
      .poll(() => allHighlighted(page), { timeout: 5000 })
      .toEqual(expect.arrayContaining(['Nambaryn Enkhbayar']));
    expect(await allHighlighted(page)).not.toContain('Tuya Batbold');

    const card = await cardProbe(page);
    const { x, y } = await mentionCenter(page, 'Nambaryn Enkhbayar');
    await page.mouse.move(x - 30, y + 60);
    await page.mouse.move(x, y, { steps: 4 });
    await expect.poll(async () => (await card.read())?.name, { timeout: 5000 }).toBe('Nambaryn Enkhbayar');

    await harness.browser
      .worker()
      .then((w) =>
        w.evaluate(() =>
          (
            globalThis as unknown as { chrome: { storage: { local: { set(i: object): Promise<void> } } } }
          ).chrome.storage.local.set({ siteSwitches: { '127.0.0.1': false } }),
        ),
      );
    await expect.poll(() => allHighlighted(page), { timeout: 5000 }).toEqual([]);
    expect(await page.evaluate(quoteSheets)).toEqual(['page']);
    await harness.browser
      .worker()
      .then((w) =>
        w.evaluate(() =>
          (
            globalThis as unknown as { chrome: { storage: { local: { set(i: object): Promise<void> } } } }
          ).chrome.storage.local.set({ siteSwitches: {} }),
        ),
      );
  });
});
