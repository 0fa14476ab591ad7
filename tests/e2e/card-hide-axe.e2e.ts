import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mentionCenter, waitForHighlights } from '../../scripts/browser/page-probes';
import { axeFindings } from './support/axe';
import { type CardProbe, cardProbe } from './support/card-probe';
import type { CardView } from './support/card-view';
import { ourRanges } from './support/content-probes';
import { type Harness, startHarness } from './support/extension-fixture';
import { keptTab, visit } from './support/kept-tabs';

const DEMO = 'kazakhstan-activist.html';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});

afterAll(async () => {
  await harness?.close();
});

async function hover(page: Page, card: CardProbe, name: string): Promise<CardView> {
  const point = await mentionCenter(page, name);
  await page.mouse.move(point.x, point.y, { steps: 3 });
  await expect.poll(() => card.read().then((c) => c?.name), { timeout: 5000 }).toBe(name);
  return (await card.read()) as CardView;
}

/**
 * Clicks a card button as a reader would. A card taller than the room beside its word scrolls inside itself, so the
 * pointer first goes onto the card and the wheel scrolls the card to its end, where the footer's buttons are.
 */
async function click(page: Page, card: CardProbe, label: string): Promise<void> {
  const before = await card.read();
  if (!before) throw new Error('no card open');
  const middle = { x: before.box.x + before.box.width / 2, y: before.box.y + 40 };
  // One jump from the word onto the card: this test is about the card's buttons, not the way across (the hover
  // tests cover that), and on a busy machine each step of a slow crossing can outlast the card's grace period.
  await page.mouse.move(middle.x, middle.y);
  await page.mouse.wheel(0, 2000);
  await page.waitForTimeout(200);
  const view = await card.read();
  const button = view?.buttons.find((b) => b.label === label);
  if (!button) throw new Error(`no button "${label}" on the card: ${JSON.stringify(view?.buttons)}`);
  expect(button.y).toBeLessThan(await page.evaluate(() => innerHeight));
  await page.mouse.move(button.x, button.y, { steps: 4 });
  await page.mouse.click(button.x, button.y);
}

const texts = (page: Page) => ourRanges(page).then((ranges) => ranges.map((r) => r.text));

describe("Don't highlight <name> on this site", () => {
  it('takes the name off this site, undoes, and remembers it across a reload', async () => {
    const page = await visit(harness, harness.server.url(DEMO));
    await waitForHighlights(page);
    const card = await cardProbe(page);
    expect(await texts(page)).toContain('Atyrau');
    // The dateline's "ATYRAU" is the same name, and goes with it.
    const others = (await texts(page)).filter((t) => t.toLowerCase() !== 'atyrau').length;

    await hover(page, card, 'Atyrau');
    await click(page, card, "Don't highlight Atyrau on this site");
    await expect.poll(() => texts(page), { timeout: 5000 }).not.toContain('Atyrau');
    expect((await texts(page)).length).toBe(others);
    // The card stays open with the news and an Undo, which brings the highlights back.
    const hidden = await card.read();
    expect(hidden?.status).toBe('Atyrau is no longer highlighted on this site.');
    await click(page, card, 'Highlight Atyrau on this site again');
    await expect.poll(() => texts(page), { timeout: 5000 }).toContain('Atyrau');
    expect((await card.read())?.status).toBe('');

    await click(page, card, "Don't highlight Atyrau on this site");
    await expect.poll(() => texts(page), { timeout: 5000 }).not.toContain('Atyrau');
    await page.reload();
    await waitForHighlights(page);
    expect(await texts(page)).not.toContain('Atyrau');
    expect((await texts(page)).length).toBe(others);
  });
});

/**
 * axe on an open card. The card lives in a closed shadow root, which axe (run in the page by @axe-core/playwright)
 * cannot enter, by design: no page script can. So the test copies the real card out: the shadow root's own
 * stylesheet and the markup the extension drew, read through DevTools while the card is open on the demo article,
 * and loads them into a page of their own, with the host's reset rule applied to that page's root. Same elements,
 * attributes, text and CSS as the reader gets; what this cannot see is how the page around the card looks.
 */
describe('accessibility of the open card', () => {
  // The copy is the same whatever the colours: its stylesheet holds the dark and forced-colour rules, which the
  // page it is loaded into applies under each emulated media. One open card serves the three scans.
  let copying: Promise<{ css: string; html: string }> | undefined;
  const copyCard = async () => {
    const page = await visit(harness, harness.server.url(DEMO));
    await waitForHighlights(page);
    const card = await cardProbe(page);
    await hover(page, card, 'Maks Boqaev');
    const snapshot = await card.snapshot();
    if (!snapshot) throw new Error('the card closed before it was copied');
    return snapshot;
  };

  it.each([
    ['light', 'none'],
    ['dark', 'none'],
    ['light', 'active'],
  ] as const)(
    'has no serious or critical axe violations (%s, forced colours: %s)',
    async (colorScheme, forcedColors) => {
      copying ??= copyCard();
      const copy = await copying;
      expect(copy.html).toContain('role="dialog"');
      expect(copy.html).not.toContain('aria-modal');

      // The three scans share a tab (kept-tabs.ts); each loads the copy as a document of its own, with both media set.
      const test = await keptTab(harness, 'copy');
      await test.emulateMedia({ colorScheme, forcedColors });
      const css = copy.css.replace(':host', ':root');
      const html = `<!doctype html><html lang="en"><head><title>Backstory card</title><style>${css}</style></head><body>${copy.html}</body></html>`;
      await test.goto(`data:text/html;charset=utf-8,${encodeURIComponent(html)}`);
      expect(await test.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(forcedColors === 'active');
      expect(await test.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(
        colorScheme === 'dark',
      );
      // Past the card's fade-in, so that colours are read at full strength.
      await test.waitForTimeout(300);
      const { serious, passed } = await axeFindings(test);
      expect(serious).toEqual([]);
      expect(passed).toEqual(expect.arrayContaining(['color-contrast', 'button-name']));
    },
  );
});
