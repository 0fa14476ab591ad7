import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { highlightedTexts, mentionCenter, waitForHighlights } from '../../scripts/browser/page-probes';
import { cardProbe } from './support/card-probe';
import { type Harness, startHarness, stopBackground } from './support/extension-fixture';

const DEMO = 'kazakhstan-activist.html';
let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});

afterAll(async () => {
  await harness?.close();
});

describe('a background stopped before every hover', () => {
  it('still gives every highlighted name of the article its card, with no error on the page', async () => {
    const page = await harness.browser.context.newPage();
    const errors: string[] = [];
    // The fixture server has no favicon: the browser's own 404 for it is no error of ours.
    const ours = (text: string) => !/^Failed to load resource: .* 404/.test(text);
    page.on('console', (message) => message.type() === 'error' && ours(message.text()) && errors.push(message.text()));
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(harness.server.url(DEMO));
    await waitForHighlights(page);
    const card = await cardProbe(page);
    const names = [...new Set(Object.values(await highlightedTexts(page)).flat())];
    expect(names.length).toBeGreaterThan(15);

    const shown: string[] = [];
    for (const name of names) {
      await stopBackground(harness);
      await page.keyboard.press('Escape');
      await page.mouse.move(2, 2);
      await expect.poll(() => card.read(), { timeout: 3000 }).toBeNull();
      const { x, y } = await mentionCenter(page, name);
      await page.mouse.move(x, y, { steps: 3 });
      await expect.poll(async () => (await card.read())?.name ?? null, { timeout: 5000 }).not.toBeNull();
      shown.push(name);
    }
    expect(shown).toEqual(names);
    expect(errors).toEqual([]);
    await page.close();
  });
});
