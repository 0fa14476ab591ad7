/**
 * A hostile page and a hostile glossary, in real Chromium. The page's text carries markup and script addresses,
 * the glossary file's name and rows do too, and the page tries to reach the card from its own script. Everything
 * must show as text, nothing may run, and the page must learn nothing.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mentionCenter, waitForHighlights } from '../../scripts/browser/page-probes';
import { ACTIVE_ATTRIBUTE } from '../helpers/hostile-strings';
import { cardProbe } from './support/card-probe';
import { pageReachOfCard } from './support/card-view';
import { domWithoutOurHost } from './support/dom-recorder';
import { type Harness, openPopup, startHarness, tabIdOf } from './support/extension-fixture';
import { visit } from './support/kept-tabs';
import { openOptions } from './support/settings-pages';

const FILE = `<img src=x onerror=alert('file')>.csv`;
const DESCRIPTION = `<img src=x onerror=alert('glossary')> Land rights activist from Atyrau.`;
const CSV = [
  'name,type,description,aliases,link',
  `Talgat Ayan,PERSON,"${DESCRIPTION}",,https://example.org/ayan`,
  'Bad Link,PERSON,Has a script link,,javascript:alert(3)',
  'Data Link,PERSON,Has a data link,,"data:text/html,<script>alert(4)</script>"',
].join('\n');
const MARKUP = 'img, script, svg, iframe, object, embed, a[href^="javascript:" i], a[href^="data:" i]';

let harness: Harness;
const dialogs: string[] = [];

beforeAll(async () => {
  harness = await startHarness();
  harness.browser.context.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
});

afterAll(async () => {
  await harness?.close();
});

/** Markup elements and attributes that could load or run something, in what an extension page rendered. */
const activeParts = (page: Page) =>
  page.evaluate(
    ([markup, attribute]) => {
      const app = document.getElementById('app');
      const pattern = new RegExp(attribute, 'i');
      return [
        ...[...(app?.querySelectorAll(markup) ?? [])].map((el) => el.localName),
        ...[...(app?.querySelectorAll('*') ?? [])].flatMap((el) =>
          [...el.attributes].filter((a) => pattern.test(a.name)).map((a) => a.name),
        ),
        ...(app?.childElementCount ? [] : ['nothing rendered']),
      ];
    },
    [MARKUP, ACTIVE_ATTRIBUTE.source] as const,
  );

describe('a hostile page and glossary', () => {
  it('reach the options page, the card and the popup as text, and nothing runs or leaks', async () => {
    const options = await openOptions(harness);
    await options
      .locator('input[type="file"]')
      .setInputFiles({ name: FILE, mimeType: 'text/csv', buffer: Buffer.from(CSV, 'utf8') });
    const problems = options.getByRole('region', { name: 'Rows with problems' });
    await expect
      .poll(() => problems.locator('li').allTextContents())
      .toEqual([
        'Line 3, column 5 (link): the link must start with http:// or https://',
        'Line 4, column 5 (link): the link must start with http:// or https://',
      ]);
    await options.getByRole('button', { name: 'Import the 1 valid entry' }).click();
    await expect.poll(() => options.locator('.glossary-name').allTextContents()).toEqual([FILE.replace('.csv', '')]);
    expect(await activeParts(options)).toEqual([]);

    const page = await visit(harness, harness.server.url('hostile-article.html'));
    await waitForHighlights(page);
    const card = await cardProbe(page);
    const hover = async (name: string) => {
      const point = await mentionCenter(page, name);
      await page.mouse.move(point.x, point.y, { steps: 3 });
      await expect.poll(() => card.read().then((c) => c?.name), { timeout: 5000 }).toBe(name);
      const view = await card.read();
      expect(view?.elements.filter((tag) => /^(img|script|a|iframe|object|embed)$/.test(tag))).toEqual([]);
      // Exactly the card's own two icons (type and close), one path each: the data added no SVG of its own.
      expect(view?.elements.filter((tag) => /^(svg|path)$/.test(tag))).toEqual(['svg', 'path', 'svg', 'path']);
      expect(view?.activeAttributes).toEqual([]);
      return view;
    };

    const ayan = await hover('Talgat Ayan');
    expect(ayan?.description).toBe(DESCRIPTION);
    expect(ayan?.source).toBe(`Source: from your glossary <img src=x onerror=alert('file')>`);
    expect(ayan?.firstMention).toContain('painted <img src=x onerror="__hostile.ran++;alert(document.domain)"> on');
    // The page finds our host, but not the card in it, not even through the attachShadow it replaced.
    expect(await pageReachOfCard(page)).toEqual({ hosts: 1, openRoots: 0 });
    await page.keyboard.press('Escape');
    await page.mouse.move(5, 5);

    const boqaev = await hover('Maks Boqaev');
    expect(boqaev?.firstMention).toContain('the slogan <script>alert("boqaev")</script> was a joke');
    expect(boqaev?.firstMention).toContain('nobody should click javascript:alert(1) links');

    const popup = await openPopup(harness, await tabIdOf(harness, page));
    const people = popup.getByRole('region', { name: 'People' });
    await expect
      .poll(() => people.locator('.entity-name').allTextContents(), { timeout: 5000 })
      .toEqual(expect.arrayContaining(['Talgat Ayan', 'Maks Boqaev']));
    const row = people.getByRole('button', { name: /^Talgat Ayan/ });
    expect(await row.locator('.entity-description').textContent()).toBe(DESCRIPTION);
    const names = await popup.locator('.entity-name').allTextContents();
    expect(Math.max(...names.map((n) => n.length))).toBeLessThanOrEqual(200);
    expect(await activeParts(popup)).toEqual([]);

    expect(await page.evaluate(() => (window as unknown as { __hostile: unknown }).__hostile)).toEqual({
      stolenRoots: 0,
      messages: [],
      ran: 0,
    });
    expect(await page.evaluate(() => document.images.length)).toBe(0);
    const dom = await domWithoutOurHost(page);
    expect(dom.mutations).toEqual([]);
    expect(dom.after).toBe(dom.before);
    expect(dialogs).toEqual([]);
  });

  it("opens no card for pointer moves the page's own script makes up", async () => {
    const page = await visit(harness, harness.server.url('hostile-article.html'));
    await waitForHighlights(page);
    const card = await cardProbe(page);
    const point = await mentionCenter(page, 'Maks Boqaev');
    // A page could fire untrusted moves over a name, hoping to open cards it then measures.
    await page.evaluate(({ x, y }) => {
      for (let i = 0; i < 20; i++)
        document.dispatchEvent(new PointerEvent('pointermove', { clientX: x, clientY: y, bubbles: true }));
    }, point);
    await page.waitForTimeout(1200);
    expect(await card.read()).toBeNull();
    // The reader's own move over the same name still opens it.
    await page.mouse.move(point.x, point.y, { steps: 3 });
    await expect.poll(() => card.read().then((c) => c?.name), { timeout: 5000 }).toBe('Maks Boqaev');
  });
});
