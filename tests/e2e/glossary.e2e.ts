import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mentionCenter, waitForHighlights } from '../../scripts/browser/page-probes';
import { cardProbe } from './support/card-probe';
import { type Harness, startHarness } from './support/extension-fixture';
import { visit } from './support/kept-tabs';
import { openOptions } from './support/settings-pages';

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
    const options = await openOptions(harness);
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
    await expect.poll(() => problems.textContent()).toMatch(/Line 3, column 2 \(type\): needs a type/);
    expect(await options.locator('.glossary').count()).toBe(0);
    await options.getByRole('button', { name: 'Import the 1 valid entry' }).click();
    await expect.poll(() => options.locator('.glossary-name').allTextContents()).toEqual(['Kazakh activists']);

    const page = await visit(harness, harness.server.url('kazakhstan-activist.html'));
    await waitForHighlights(page);
    const point = await mentionCenter(page, 'Talgat Ayan');
    await page.mouse.move(point.x, point.y, { steps: 3 });
    const card = await cardProbe(page);
    await expect.poll(() => card.read().then((c) => c?.description), { timeout: 5000 }).toMatch(/Land rights activist/);
    expect((await card.read())?.source).toBe('Source: from your glossary Kazakh activists');

    await options.getByRole('button', { name: 'Delete Kazakh activists…' }).click();
    await options.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect.poll(() => options.locator('.glossary').count()).toBe(0);
  });
});

describe('a glossary file with problems, in the options page', () => {
  it('lists each problem where it is, changes nothing until the reader confirms, then adds only the good rows', async () => {
    const options = await openOptions(harness);
    const input = options.locator('input[type="file"]');
    const names = () => options.locator('.glossary-name').allTextContents();
    await input.setInputFiles(file('kept.csv', 'name,type,description\nAtyrau,PLACE,Oil city on the Ural.\n'));
    await expect.poll(names).toEqual(['kept']);

    const bad = [
      'name,type,description,aliases,link',
      'Atyrau,PLACE,Another Atyrau,,',
      'Aktau,PLACE,"Port city,,',
      'Talgat Ayan,PERSON,Land rights activist.,,',
      'Talgat Ayan,PERSON,Twice.,,',
      `Astana,PLACE,Capital.,,https://example.org/${'x'.repeat(3000)}`,
    ].join('\n');
    const problems = options.getByRole('region', { name: 'Rows with problems' });
    const listed = () => problems.locator('li').allTextContents();
    const expected = [
      'Line 2, column 1 (name): Atyrau is already in your glossary kept, which stays as it is',
      'Line 3, column 3 (description): a quote opens this field and is never closed (the rows after it were read on their own)',
      'Line 5, column 1 (name): Talgat Ayan is already on line 4 of this file',
      'Line 6, column 5 (link): the link is longer than 2000 characters',
    ];
    await input.setInputFiles(file('bad.csv', bad));
    await expect.poll(listed).toEqual(expected);
    expect(await names()).toEqual(['kept']);
    await options.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => problems.count()).toBe(0);
    expect(await names()).toEqual(['kept']);

    await input.setInputFiles(file('bad.csv', bad));
    await expect.poll(listed).toEqual(expected);
    await options.getByRole('button', { name: 'Import the 1 valid entry' }).click();
    await expect.poll(names).toEqual(['kept', 'bad']);
    await expect.poll(() => options.locator('.glossary-count').allTextContents()).toEqual(['1 entry', '1 entry']);

    // Semicolons, as spreadsheet programs save them in many languages: read as such, and said before storing.
    await input.setInputFiles(file('semi.csv', 'name;type;description\nAktobe;PLACE;City in the west, on the Ilek.\n'));
    await expect.poll(() => problems.locator('.note').textContent()).toMatch(/separated by semicolons.*read that way/);
    expect(await names()).toEqual(['kept', 'bad']);
    await options.getByRole('button', { name: 'Import the 1 valid entry' }).click();
    await expect.poll(names).toEqual(['kept', 'bad', 'semi']);
  });
});
