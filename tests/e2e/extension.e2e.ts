import { mkdir } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allHighlighted, highlightedTexts, mentionCenter, waitForHighlights } from '../../scripts/browser/page-probes';
import { type CardProbe, cardProbe } from './support/card-probe';
import { pageReachOfCard } from './support/card-view';
import { domWithoutOurHost } from './support/dom-recorder';
import { type Harness, openPopup, startHarness, stopBackground, tabIdOf } from './support/extension-fixture';
import { visit } from './support/kept-tabs';

const DEMO = 'kazakhstan-activist.html';
const SHOTS = '.output/e2e';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
  await mkdir(SHOTS, { recursive: true });
});

afterAll(async () => {
  await harness?.close();
});

/** The demo article in the file's tab for `part` (kept-tabs.ts): a fresh document in a tab kept from the test before. */
async function openDemo(host?: string, part = 'page'): Promise<Page> {
  const page = await visit(harness, harness.server.url(DEMO, host), part);
  await waitForHighlights(page);
  return page;
}

describe('on the demo article', () => {
  it('highlights the names of the article body, each under its type', async () => {
    const page = await openDemo();
    const byName = await highlightedTexts(page);
    expect(byName['backstory-person']).toEqual(
      expect.arrayContaining(['Maks Boqaev', 'Boqaev', 'Nazarbaev', 'Qasym-Zhomart Toqaev']),
    );
    expect(byName['backstory-place']).toEqual(
      expect.arrayContaining(['Atyrau', 'Kazakhstan', 'Astana', 'Central Asia']),
    );
    expect(byName['backstory-term']).toEqual(
      expect.arrayContaining(['land reform', 'political prisoners', 'political prisoner']),
    );
    expect(byName['backstory-org']).toEqual(
      expect.arrayContaining(['European Union', 'EU', 'United Nations', 'Human Rights Watch']),
    );
  });

  it('leaves navigation, the related-links rail and the footer alone', async () => {
    const page = await openDemo();
    const texts = await allHighlighted(page);
    for (const chrome of ['Mirziyoyev', 'Tashkent', 'Bishkek', 'Chevron', 'Baku', 'World', 'Business', 'Newsroom']) {
      expect(texts.some((t) => t.includes(chrome))).toBe(false);
    }
    for (const word of ['Unfortunately', 'Dozens', 'Tuesday', 'Kazakh']) expect(texts).not.toContain(word);
  });

  it('shows a card on hover, keeps the page DOM unchanged but for its host, and closes on Escape', async () => {
    const page = await openDemo();
    const card = await cardProbe(page);
    const point = await mentionCenter(page, 'Boqaev');
    await page.mouse.move(point.x, point.y, { steps: 4 });
    await expect.poll(() => card.read().then((c) => c?.visible), { timeout: 5000 }).toBe(true);
    const view = await card.read();
    expect(view).toMatchObject({
      role: 'dialog',
      label: 'Person: Maks Boqaev',
      name: 'Maks Boqaev',
      type: 'Person',
      mentions: 'Mentioned 7 times in this article',
      also: null,
      firstMention: 'Kazakh court frees jailed land activist Maks Boqaev',
      articleRole: 'a well-known Kazakh rights activist and outspoken government critic',
    });
    expect(await card.dialogs()).toEqual(['Person: Maks Boqaev']);
    // The page's own script finds the host but cannot open it.
    expect(await pageReachOfCard(page)).toEqual({ hosts: 1, openRoots: 0 });
    await page.screenshot({ path: `${SHOTS}/card.png` });

    const dom = await domWithoutOurHost(page);
    expect(dom.mutations).toEqual([]);
    expect(dom.after).toBe(dom.before);

    await page.keyboard.press('Escape');
    await expect.poll(() => card.read(), { timeout: 3000 }).toBeNull();
    expect(await card.dialogs()).toEqual([]);
  });

  it('shows the description from the reference data and keeps the card while the pointer is on it', async () => {
    const page = await openDemo();
    const card = await cardProbe(page);
    const point = await mentionCenter(page, 'Atyrau');
    await page.mouse.move(point.x, point.y, { steps: 3 });
    await expect.poll(() => card.read().then((c) => c?.visible), { timeout: 5000 }).toBe(true);
    const view = await card.read();
    expect(view?.description).toMatch(/western Kazakhstan/);
    expect(view?.facts).toContain('Kazakhstan');
    const box = view?.box;
    if (!box) throw new Error('card has no box');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 6 });
    await page.waitForTimeout(800);
    expect((await card.read())?.visible).toBe(true);
    await page.mouse.move(5, 5, { steps: 2 });
    await expect.poll(() => card.read(), { timeout: 3000 }).toBeNull();
  });

  it('lists the names in the popup, grouped by type, and jumps to one', async () => {
    const page = await openDemo();
    const tabId = await tabIdOf(harness, page);
    const popup = await openPopup(harness, tabId);
    const people = popup.getByRole('region', { name: 'People' });
    await expect.poll(() => people.isVisible(), { timeout: 5000 }).toBe(true);
    const names = await people.locator('.entity-name').allTextContents();
    expect(names).toEqual(expect.arrayContaining(['Maks Boqaev', 'Nursultan Nazarbayev', 'Kassym-Jomart Tokayev']));
    const places = await popup.getByRole('region', { name: 'Places' }).locator('.entity-name').allTextContents();
    expect(places).toEqual(expect.arrayContaining(['Atyrau', 'Kazakhstan']));
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.screenshot({ path: `${SHOTS}/popup.png` });

    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await popup.getByRole('button', { name: /^Ural River/ }).click();
    await expect.poll(() => page.evaluate(() => window.scrollY), { timeout: 3000 }).toBeGreaterThan(100);
    await expect.poll(async () => (await highlightedTexts(page))['backstory-flash']).toEqual(['Ural River']);
  });

  it('narrows the popup list to a search, clears it, and works from the keyboard', async () => {
    const page = await openDemo();
    const popup = await openPopup(harness, await tabIdOf(harness, page));
    const rows = popup.locator('.entity-name');
    await expect.poll(() => rows.count(), { timeout: 5000 }).toBeGreaterThan(10);
    const all = await rows.count();
    const search = popup.getByRole('searchbox', { name: 'Search names' });
    await search.pressSequentially('BOQAEV');
    await expect.poll(() => rows.allTextContents()).toEqual(['Maks Boqaev']);
    await search.fill('no such name anywhere');
    await expect.poll(() => popup.locator('[data-state="no-match"]').isVisible()).toBe(true);
    await popup.getByRole('button', { name: 'Clear search' }).click();
    await expect.poll(() => rows.count()).toBe(all);
    expect(await search.inputValue()).toBe('');

    const people = popup.getByRole('button', { name: 'People', exact: true });
    await people.focus();
    await popup.keyboard.press('Space');
    await expect.poll(() => people.getAttribute('aria-pressed')).toBe('false');
    expect(await popup.getByRole('region', { name: 'People' }).count()).toBe(0);
    await popup.keyboard.press('Enter');
    await expect.poll(() => people.getAttribute('aria-pressed')).toBe('true');

    await search.fill('ural river');
    // Atyrau stays too: its description places it on the Ural River, and it is mentioned first.
    await expect.poll(() => rows.allTextContents()).toEqual(['Atyrau', 'Ural River']);
    // From the search box, Tab passes the four type toggles, the sort choice and Atyrau to reach the row.
    for (let i = 0; i < 7; i++) await popup.keyboard.press('Tab');
    expect(await popup.evaluate(() => document.activeElement?.querySelector('.entity-name')?.textContent)).toBe(
      'Ural River',
    );
    await popup.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => window.scrollY), { timeout: 3000 }).toBeGreaterThan(100);
  });

  it('switches a site off in every open tab, remembers it across reloads, and back on', async () => {
    const page = await openDemo();
    const second = await openDemo(undefined, 'second');
    const otherSite = await openDemo('localhost', 'other');
    const popup = await openPopup(harness, await tabIdOf(harness, page));
    const toggle = popup.getByRole('switch', { name: /Highlights on 127\.0\.0\.1/ });
    await expect.poll(() => toggle.isChecked(), { timeout: 5000 }).toBe(true);

    await toggle.click();
    await expect.poll(() => allHighlighted(page)).toEqual([]);
    await expect.poll(() => allHighlighted(second)).toEqual([]);
    expect((await allHighlighted(otherSite)).length).toBeGreaterThan(10);
    await expect.poll(() => popup.locator('[data-state="off"]').isVisible()).toBe(true);

    await page.reload();
    await page.waitForTimeout(1000);
    expect(await allHighlighted(page)).toEqual([]);

    // Reloaded while off, the page has no content script at all; its popup, opened again, still offers the switch.
    const reopened = await openPopup(harness, await tabIdOf(harness, page));
    const offToggle = reopened.getByRole('switch', { name: /Highlights on 127\.0\.0\.1/ });
    await expect.poll(() => offToggle.isChecked(), { timeout: 5000 }).toBe(false);
    await offToggle.click();
    await expect.poll(() => offToggle.isChecked(), { timeout: 5000 }).toBe(true);
    await expect.poll(() => allHighlighted(page).then((t) => t.length), { timeout: 5000 }).toBeGreaterThan(10);
    await expect.poll(() => allHighlighted(second).then((t) => t.length)).toBeGreaterThan(10);
    // The other site's tab was for this test only: left open, it would answer every change of a later test.
    await otherSite.close();
  });
});

describe('pages without an article', () => {
  it('gives a front page no highlights and says so in the popup', async () => {
    const page = await visit(harness, harness.server.url('front-page.html'));
    const popup = await openPopup(harness, await tabIdOf(harness, page));
    await expect.poll(() => popup.locator('[data-state="no-article"]').isVisible(), { timeout: 5000 }).toBe(true);
    expect(await allHighlighted(page)).toEqual([]);
  });

  it('says when the extension cannot touch a page', async () => {
    const page = await visit(harness, 'chrome://version/');
    const popup = await openPopup(harness, await tabIdOf(harness, page));
    await expect.poll(() => popup.locator('[data-state="unsupported"]').isVisible(), { timeout: 5000 }).toBe(true);
  });
});

const description = async (card: CardProbe) => (await card.read())?.description;

describe('a background the browser stopped', () => {
  it('is woken by the next page and answers it in full', async () => {
    const first = await openDemo();
    const firstCard = await cardProbe(first);
    const point = await mentionCenter(first, 'Atyrau');
    await first.mouse.move(point.x, point.y, { steps: 3 });
    await expect.poll(() => description(firstCard), { timeout: 5000 }).toMatch(/western Kazakhstan/);

    await stopBackground(harness);

    // The card already open keeps its data; the next hover needs no background at all.
    await first.keyboard.press('Escape');
    await first.mouse.move(5, 5);
    const again = await mentionCenter(first, 'Central Asia');
    await first.mouse.move(again.x, again.y, { steps: 3 });
    await expect.poll(() => description(firstCard), { timeout: 5000 }).toMatch(/Kyrgyzstan/);

    const second = await visit(harness, harness.server.url('kazakhstan-clemency.html'), 'second');
    await waitForHighlights(second);
    expect((await highlightedTexts(second))['backstory-term']).toEqual(
      expect.arrayContaining(['clemency', 'extremism']),
    );
    const there = await mentionCenter(second, 'Atyrau');
    await second.mouse.move(there.x, there.y, { steps: 3 });
    const secondCard = await cardProbe(second);
    await expect.poll(() => description(secondCard), { timeout: 5000 }).toMatch(/western Kazakhstan/);
  });
});

describe('privacy', () => {
  it('sent no request off this machine during the whole run', () => {
    expect(harness.outsideRequests).toEqual([]);
  });
});
