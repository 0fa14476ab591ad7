import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mentionCenter, waitForHighlights } from '../../scripts/browser/page-probes';
import { cardProbe } from './support/card-probe';
import { type Harness, startHarness } from './support/extension-fixture';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});

afterAll(async () => {
  await harness?.close();
});

const file = (name: string, text: string) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });

describe('the reader’s glossary', () => {
  it('is imported from the options page, row errors first, and gives cards on the next page load', async () => {
    const options = await harness.browser.context.newPage();
    await options.goto(`chrome-extension://${harness.browser.extensionId}/options.html`);
    const input = options.locator('input[type="file"]');

    await input.setInputFiles(file('broken.csv', 'title,kind\nA,B\n'));
    await expect
      .poll(() => options.getByRole('alert').textContent())
      .toMatch(/missing: name, type, description.*Nothing was imported/);

    const csv = [
      'name,type,description,aliases',
      'Talgat Ayan,PERSON,"Land rights activist from Atyrau, jailed with Maks Boqaev in 2016.",',
      'Nobody,ROBOT,Not a type,',
    ].join('\n');
    await input.setInputFiles(file('Kazakh activists.csv', csv));
    const problems = options.getByRole('region', { name: 'Rows with problems' });
    await expect.poll(() => problems.textContent()).toMatch(/Line 3: needs a type/);
    expect(await options.locator('.glossary').count()).toBe(0);
    await options.getByRole('button', { name: 'Import the 1 valid entry' }).click();
    await expect.poll(() => options.locator('.glossary-name').allTextContents()).toEqual(['Kazakh activists']);

    const page = await harness.browser.context.newPage();
    await page.goto(harness.server.url('kazakhstan-activist.html'));
    await waitForHighlights(page);
    const point = await mentionCenter(page, 'Talgat Ayan');
    await page.mouse.move(point.x, point.y, { steps: 3 });
    const card = await cardProbe(page);
    await expect.poll(() => card.read().then((c) => c?.description), { timeout: 5000 }).toMatch(/Land rights activist/);
    expect((await card.read())?.source).toBe('Source: from your glossary Kazakh activists');

    await options.getByRole('button', { name: 'Delete Kazakh activists…' }).click();
    await options.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect.poll(() => options.locator('.glossary').count()).toBe(0);
    for (const p of [options, page]) await p.close();
  });
});
