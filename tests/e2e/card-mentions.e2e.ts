import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mentionCenter, waitForHighlights } from '../../scripts/browser/page-probes';
import { type CardProbe, cardProbe } from './support/card-probe';
import type { CardView } from './support/card-view';
import { type Harness, startHarness } from './support/extension-fixture';
import { visit } from './support/kept-tabs';

const DEMO = 'kazakhstan-activist.html';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});

afterAll(async () => {
  await harness?.close();
});

/**
 * The flashed range, the paragraph it is in, and where both are in the viewport. The flash lasts 1.5 s, and on a
 * busy machine the card may take longer than that to settle after the scroll: each read keeps the range it saw in
 * the page, and `orLast` reads that range once the flash itself has ended.
 */
function flashed(page: Page, orLast = false) {
  return page.evaluate((orLast) => {
    const kept = window as unknown as { lastFlash?: Range };
    const current = [...(CSS.highlights.get('backstory-flash') ?? [])][0] as Range | undefined;
    if (current) kept.lastFlash = current;
    const range = current ?? (orLast ? kept.lastFlash : undefined);
    if (!range) return null;
    const rect = range.getBoundingClientRect();
    const paragraph = range.startContainer.parentElement;
    const box = paragraph?.getBoundingClientRect();
    return {
      text: range.toString(),
      paragraph: paragraph?.textContent?.slice(0, 30) ?? '',
      rect: { top: rect.top, bottom: rect.bottom },
      paragraphMiddle: box ? box.top + box.height / 2 : Number.NaN,
      viewportMiddle: window.innerHeight / 2,
      viewportHeight: window.innerHeight,
      scrollY: window.scrollY,
    };
  }, orLast);
}

function button(view: CardView | null, label: string): { x: number; y: number } {
  const found = view?.buttons.find((b) => b.label === label);
  if (!found) throw new Error(`the card has no button "${label}": ${JSON.stringify(view?.buttons)}`);
  return found;
}

/** The card once it has stopped following a smooth scroll, so its buttons are where a click lands. */
async function settled(card: CardProbe): Promise<CardView | null> {
  let last = JSON.stringify((await card.read())?.box);
  for (let tries = 0; tries < 20; tries++) {
    await new Promise((resolve) => setTimeout(resolve, 150));
    const view = await card.read();
    const now = JSON.stringify(view?.box);
    if (now === last) return view;
    last = now;
  }
  throw new Error('the card kept moving');
}

describe('moving between mentions from the card', () => {
  it('goes to the next mention, flashes it and keeps the card open beside it', async () => {
    const page = await visit(harness, harness.server.url(DEMO));
    await waitForHighlights(page);
    const card = await cardProbe(page);
    // The first "Boqaev" on its own is the third mention, after the headline and the opening paragraph.
    const point = await mentionCenter(page, 'Boqaev');
    await page.mouse.move(point.x, point.y, { steps: 4 });
    await expect.poll(() => card.read().then((c) => c?.visible), { timeout: 5000 }).toBe(true);
    const opened = await card.read();
    expect(opened).toMatchObject({ mentions: 'Mentioned 7 times in this article', position: '3 of 7' });
    const scrolledBefore = await page.evaluate(() => window.scrollY);
    expect(await flashed(page)).toBeNull();

    const next = button(opened, 'Next mention of Maks Boqaev');
    button(opened, 'Previous mention of Maks Boqaev');
    await page.mouse.move(next.x, next.y, { steps: 6 });
    await page.mouse.click(next.x, next.y);

    await expect.poll(() => card.read().then((c) => c?.position), { timeout: 3000 }).toBe('4 of 7');
    expect(await flashed(page)).toMatchObject({ text: 'Boqaev', paragraph: '"I was never against my countr' });
    // Scrolled until the next mention's paragraph sits in the middle of the window.
    await expect
      .poll(() => flashed(page, true).then((f) => f && Math.abs(f.paragraphMiddle - f.viewportMiddle)), {
        timeout: 3000,
      })
      .toBeLessThan(2);
    expect((await flashed(page, true))?.scrollY).toBeGreaterThan(scrolledBefore);

    // Once the scroll settles, the card sits beside the new mention, inside the window and off the word.
    const moved = await settled(card);
    const word = (await flashed(page, true))?.rect;
    if (!moved || !word) throw new Error('the card closed');
    expect(moved.visible).toBe(true);
    const below = moved.box.y >= word.bottom;
    const above = moved.box.y + moved.box.height <= word.top;
    expect(below || above).toBe(true);
    expect(
      Math.min(Math.abs(moved.box.y - word.bottom), Math.abs(word.top - moved.box.y - moved.box.height)),
    ).toBeLessThan(20);
    expect(moved.box.y).toBeGreaterThanOrEqual(0);

    // Previous goes back past the hovered mention to the second one; Escape still closes the card.
    for (const expected of ['3 of 7', '2 of 7']) {
      const previous = button(await settled(card), 'Previous mention of Maks Boqaev');
      await page.mouse.move(previous.x, previous.y, { steps: 3 });
      await page.mouse.click(previous.x, previous.y);
      await expect.poll(() => card.read().then((c) => c?.position), { timeout: 3000 }).toBe(expected);
    }
    expect(await flashed(page)).toMatchObject({ text: 'Maks Boqaev', paragraph: 'ATYRAU, Kazakhstan — A court i' });
    await page.keyboard.press('Escape');
    await expect.poll(() => card.read(), { timeout: 3000 }).toBeNull();
  });
});
