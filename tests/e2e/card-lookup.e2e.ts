/**
 * The card's own Wikipedia lookup in real Chromium, while online lookups are off: "Look up on Wikipedia" sends that
 * one name, the answer shows in the card, and the card then offers lookups for every name on Backstory's lookups
 * page. Wikipedia and Wikidata are answered on this machine from tests/fixtures/wikimedia, routed as in
 * online-lookups.e2e.ts (the service worker's requests go through the context's route). Also here: the card's
 * Licences link. That every card fits at 1280×900 is checked in stopped-background.e2e.ts, which hovers every name.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mentionCenter, waitForHighlights } from '../../scripts/browser/page-probes';
import { routeWikimedia, type SeenRequest, WIKIMEDIA } from '../helpers/route-wikimedia';
import { axeFindings } from './support/axe';
import { type CardProbe, cardProbe } from './support/card-probe';
import type { CardView } from './support/card-view';
import { type Harness, startHarness } from './support/extension-fixture';
import { keptTab, visit } from './support/kept-tabs';
import { resetSettings } from './support/settings-pages';

const ARTICLE = 'kazakhstan-activist.html';
const ANSWERED = 'Source: Wikipedia (CC BY-SA 4.0)';

let harness: Harness;
const seen: SeenRequest[] = [];

beforeAll(async () => {
  harness = await startHarness();
  await routeWikimedia(harness.browser.context, seen);
});

afterAll(async () => {
  await harness?.close();
});

type Chrome = { storage: { sync: { get(key: string): Promise<Record<string, unknown>> } } };
const storedLookups = async () =>
  (await harness.browser.worker()).evaluate(async () => {
    const api = (globalThis as unknown as { chrome: Chrome }).chrome;
    return (await api.storage.sync.get('onlineLookups')).onlineLookups ?? null;
  });

/** The card's whole text as a reader sees it, read from its closed shadow root through DevTools. */
const textOf = async (card: CardProbe) =>
  ((await card.snapshot())?.html ?? '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

/** A fresh copy of the article, in the file's one article tab (kept-tabs.ts). */
async function openArticle(): Promise<{ page: Page; card: CardProbe }> {
  const page = await visit(harness, harness.server.url(ARTICLE));
  await waitForHighlights(page);
  return { page, card: await cardProbe(page) };
}

async function hover(page: Page, card: CardProbe, text: string, name: string): Promise<CardView> {
  await page.mouse.move(1, 1);
  await page.keyboard.press('Escape');
  const point = await mentionCenter(page, text);
  await page.mouse.move(point.x, point.y, { steps: 4 });
  await expect.poll(() => card.read().then((c) => c?.name), { timeout: 5000 }).toBe(name);
  return (await card.read()) as CardView;
}

/**
 * Clicks a card's button. The pointer jumps from the word onto the button: these tests are about what the button
 * does, and on a loaded machine each step of a slow crossing can outlast the card's grace period, which closes it
 * (the crossing itself is tested in extension.e2e.ts).
 */
async function press(page: Page, card: CardProbe, label: string): Promise<void> {
  let button: CardView['buttons'][number] | undefined;
  await expect
    .poll(
      async () => {
        button = (await card.read())?.buttons.find((b) => b.label === label);
        return !!button;
      },
      { timeout: 5000 },
    )
    .toBe(true);
  if (!button) throw new Error(`no button "${label}"`);
  await page.mouse.move(button.x, button.y);
  await page.mouse.click(button.x, button.y);
}

describe("the card's one-name lookup, while lookups are off", () => {
  it('sends only the name the reader clicked, shows the answer in the card, and leaves lookups off', async () => {
    await resetSettings(harness);
    const { page, card } = await openArticle();
    const opened = await hover(page, card, 'Maks Boqaev', 'Maks Boqaev');
    expect(opened.description).toBeNull();
    await press(page, card, 'Look up on Wikipedia');
    await expect.poll(() => textOf(card), { timeout: 15_000 }).toContain(ANSWERED);
    const answered = await textOf(card);
    expect(answered).toContain('Max Bokayev');
    expect(answered).toContain('Looked up because you asked. Look up every name as you read?');
    expect(seen.length).toBeGreaterThan(0);

    // Names only: never the page's address, nor the words of the article around the name.
    const searched = new Set(seen.map((s) => new URL(s.url).searchParams.get('search')).filter(Boolean));
    expect([...searched].every((s) => /^(Maks Boqaev|Max Bokayev|Maks Bokayev)$/.test(s ?? ''))).toBe(true);
    for (const { url, body } of seen) {
      const sent = decodeURIComponent(`${url} ${body ?? ''}`);
      expect(sent).not.toMatch(/127\.0\.0\.1|kazakhstan-activist|activist|Atyrau|Nazarbaev|Toqaev/);
    }
    expect(harness.outsideRequests.filter((u) => !WIKIMEDIA.test(u))).toEqual([]);

    // The click was consent for that name only: the setting stays off, and other names stay on this machine.
    expect(await storedLookups()).toBeNull();
    const sent = seen.length;
    for (const [text, name] of [
      ['Nazarbaev', 'Nursultan Nazarbayev'],
      ['Talgat Ayan', 'Talgat Ayan'],
    ] as const) {
      await hover(page, card, text, name);
      await page.waitForTimeout(600);
    }
    expect(seen.length).toBe(sent);
    // The answer stays with its card for the page's life.
    await hover(page, card, 'Maks Boqaev', 'Maks Boqaev');
    await expect.poll(() => textOf(card), { timeout: 3000 }).toContain(ANSWERED);
    expect(seen.length).toBe(sent);
    console.log(`one-name lookup of Maks Boqaev: ${sent} requests, then 0 for other names and a second hover`);
  });

  it('offers every name: Backstory’s lookups page turns them on, and every card then asks Wikipedia', async () => {
    const { page, card } = await openArticle();
    await hover(page, card, 'Maks Boqaev', 'Maks Boqaev');
    const before = seen.length;
    await press(page, card, 'Look up on Wikipedia');
    // Known already: answered from the lookup cache, with no request.
    await expect.poll(() => textOf(card), { timeout: 10_000 }).toContain(ANSWERED);
    expect(seen.length).toBe(before);

    const pageOpens = harness.browser.context.waitForEvent('page');
    await press(page, card, 'Turn on lookups…');
    const lookups = await pageOpens;
    expect(lookups.url()).toBe(`chrome-extension://${harness.browser.extensionId}/lookups.html`);
    await lookups.getByRole('heading', { level: 1, name: 'Online lookups' }).waitFor();
    await lookups.getByText('Backstory will send the names it finds (never the page text or address)').waitFor();
    await lookups.getByRole('button', { name: 'Turn on Wikipedia lookups' }).click();
    await lookups.getByRole('status').getByText('Online lookups are on.').waitFor();
    expect(await storedLookups()).toBe(true);
    const closed = lookups.waitForEvent('close');
    await lookups.getByRole('button', { name: 'Back to the article' }).click();
    await closed;

    // The offer is made once; with lookups on, a card with background of its own gets Wikipedia's too.
    await page.bringToFront();
    const again = await hover(page, card, 'Maks Boqaev', 'Maks Boqaev');
    expect(again.buttons.map((b) => b.label)).not.toContain('Turn on lookups…');
    await hover(page, card, 'Toqaev', 'Kassym-Jomart Tokayev');
    await expect.poll(() => textOf(card), { timeout: 15_000 }).toContain(ANSWERED);
    expect(seen.length).toBeGreaterThan(before);
  });
});

describe("the card's licence line", () => {
  it('is one line, with a Licences link that opens the offline data’s sources and licences in full', async () => {
    await resetSettings(harness);
    const { page, card } = await openArticle();
    const atyrau = await hover(page, card, 'Atyrau', 'Atyrau');
    expect(atyrau.source).toMatch(/^Source: .*GeoNames/);
    const pageOpens = harness.browser.context.waitForEvent('page');
    await press(page, card, "Sources and licences of Backstory's offline data, in a new tab");
    const notice = await pageOpens;
    expect(notice.url()).toBe(`chrome-extension://${harness.browser.extensionId}/pack/NOTICE.txt`);
    await notice.waitForLoadState();
    expect(await notice.textContent('body')).toContain('WordNet');
    await notice.close();
  });
});

describe("Backstory's lookups page", () => {
  it('has nothing serious or critical for axe, for one name and for every name, in light, dark and forced colours', async () => {
    const base = `chrome-extension://${harness.browser.extensionId}/lookups.html`;
    // Each scan sets both media features: the three share one tab (kept-tabs.ts), which keeps what was emulated.
    const runs = [
      ['?name=Maks%20Boqaev', 'Look up “Maks Boqaev” on Wikipedia', { colorScheme: 'light', forcedColors: 'none' }],
      ['?name=Maks%20Boqaev', 'Look up “Maks Boqaev” on Wikipedia', { colorScheme: 'light', forcedColors: 'active' }],
      ['', 'Online lookups', { colorScheme: 'dark', forcedColors: 'none' }],
    ] as const;
    const page = await keptTab(harness, 'lookups');
    for (const [query, heading, media] of runs) {
      await page.emulateMedia(media);
      await page.goto(`${base}${query}`);
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      expect(await page.title()).toBe('Online lookups');
      const { serious, passed } = await axeFindings(page);
      expect(passed.length).toBeGreaterThan(5);
      expect(serious).toEqual([]);
    }
  });
});
