/**
 * In Firefox: the card's one-name lookup while lookups are off. Firefox gives the Wikimedia hosts at install but not
 * the consent to send names (data collection), so the first lookup, and any after the reader took the hosts back,
 * opens Backstory's lookups page for the reader to allow it there (the
 * permission prompt comes from an extension page, as Firefox requires; `extensions.webextOptionalPermissionPrompts`
 * off stands in for the reader's Allow in Firefox's own prompt). Wikimedia is answered on this machine by an https
 * proxy (support/wikimedia-proxy.ts). Also here: the first-mention style.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PageState } from '../../lib/protocol/messages';
import type { CardView } from '../e2e/support/card-view';
import { nthMentionCenter, paintedCounts } from '../helpers/mention-probes';
import { readCardIn } from './support/card-reader';
import { type FirefoxHarness, hoverMention } from './support/firefox-harness';
import { borrowFirefoxHarness } from './support/shared-firefox';
import { startWikimediaProxy, type WikimediaProxy } from './support/wikimedia-proxy';

const DEMO = 'kazakhstan-activist.html';
const IDLE_MS = 8_000;
const ANSWERED = 'Source: Wikipedia (CC BY-SA 4.0), article "Max Bokayev"';

let harness: FirefoxHarness;
let proxy: WikimediaProxy;

beforeAll(async () => {
  proxy = await startWikimediaProxy();
  harness = await borrowFirefoxHarness({
    prefs: {
      ...proxy.prefs,
      // Firefox suspends a background page idle for this long (30 s by default), a card's question pending or not.
      'extensions.background.idle.timeout': IDLE_MS,
    },
    acceptInsecureCerts: true,
  });
});

afterAll(async () => {
  await harness?.close();
  await proxy?.close();
});

type Api = {
  browser: {
    storage: { sync: { get(k: string): Promise<Record<string, unknown>>; set(v: object): Promise<void> } };
    permissions: {
      contains(p: { origins: string[] }): Promise<boolean>;
      remove(p: { origins: string[] }): Promise<boolean>;
    };
    tabs: { sendMessage(id: number, m: object): Promise<{ data: PageState }> };
  };
};
const wikimediaHeld = () =>
  harness.inExtension(() =>
    (globalThis as unknown as Api).browser.permissions.contains({
      origins: ['https://*.wikipedia.org/*', 'https://www.wikidata.org/*'],
    }),
  );
const lookupsSetting = () =>
  harness.inExtension(async () => {
    const { onlineLookups } = await (globalThis as unknown as Api).browser.storage.sync.get('onlineLookups');
    return onlineLookups ?? null;
  });

async function openCard(page: Page, text: string, name: string): Promise<CardView> {
  await page.mouse.move(1, 1);
  await page.keyboard.press('Escape');
  await hoverMention(page, text);
  await expect.poll(() => readCardIn(page).then((c) => c?.name), { timeout: 5000 }).toBe(name);
  return (await readCardIn(page)) as CardView;
}

/** Clicks a card's button as a reader does: Firefox makes the click, so the card sees a trusted one. */
async function press(page: Page, label: string): Promise<void> {
  let button: CardView['buttons'][number] | undefined;
  await expect
    .poll(
      async () => {
        button = (await readCardIn(page))?.buttons.find((b) => b.label === label);
        return !!button;
      },
      { timeout: 5000 },
    )
    .toBe(true);
  if (!button) throw new Error(`no button "${label}"`);
  await page.mouse.move(button.x, button.y, { steps: 3 });
  await page.mouse.click(button.x, button.y);
}

/**
 * Backstory's lookups page, once the background has opened it for the reader. Firefox's BiDi reports a
 * moz-extension:// tab as about:blank, so the page is known by what it shows.
 */
async function lookupsPage(): Promise<Page> {
  const isLookups = (p: Page) => p.evaluate(() => !!document.querySelector('.lookups-allow')).catch(() => false);
  let found: Page | undefined;
  await expect
    .poll(
      async () => {
        for (const p of await harness.firefox.browser.pages()) if (await isLookups(p)) found = p;
        return !!found;
      },
      { timeout: 10_000 },
    )
    .toBe(true);
  return found as Page;
}

describe('in Firefox, the card’s one-name lookup while lookups are off', () => {
  it('asks once for the consent to send names, then sends only that name and shows the answer in the card', async () => {
    // Firefox gives the Wikimedia hosts at install (they are within the content script's sites), but not the
    // consent to send what lookups send: the first lookup asks for it on Backstory's page, within the reader's click.
    expect(await wikimediaHeld()).toBe(true);
    const page = await harness.openArticle(DEMO);
    await openCard(page, 'Maks Boqaev', 'Maks Boqaev');
    expect(proxy.requests).toEqual([]);
    await press(page, 'Look up on Wikipedia');
    const consent = await lookupsPage();
    expect(await consent.$eval('h1', (h) => h.textContent)).toBe('Look up “Maks Boqaev” on Wikipedia');
    expect(proxy.requests).toEqual([]);
    await consent.click('.lookups-allow');
    await page.bringToFront();
    await expect.poll(() => readCardIn(page).then((c) => c?.online), { timeout: 15_000 }).toContain(ANSWERED);
    const card = (await readCardIn(page)) as CardView;
    expect(card.online).toContain('Looked up because you asked. Look up every name as you read?');
    expect(card.buttons.map((b) => b.label)).toContain('Turn on lookups…');

    expect(proxy.requests.length).toBeGreaterThan(0);
    for (const { url, agent } of proxy.requests) {
      expect(agent).toMatch(/^Backstory\/\d+\.\d+\.\d+ /);
      const sent = decodeURIComponent(url);
      expect(sent).not.toMatch(/127\.0\.0\.1|kazakhstan-activist|activist|Atyrau|Nazarbaev|Toqaev/);
      const search = new URL(url).searchParams.get('search');
      if (search) expect(['Maks Boqaev', 'Max Bokayev', 'Maks Bokayev']).toContain(search);
    }
    // Consent for that name only: the setting stays off, and the next name is not sent.
    expect(await lookupsSetting()).toBeNull();
    const sent = proxy.requests.length;
    await openCard(page, 'Talgat Ayan', 'Talgat Ayan');
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(proxy.requests.length).toBe(sent);
    expect(harness.outsideRequests).toEqual([]);
    console.log(`Firefox, one-name lookup of Maks Boqaev: ${sent} requests through the stand-in`);
    await page.close();
  });

  it('without the permission, asks on Backstory’s page: a Cancel sends nothing, an Allow looks the name up', {
    timeout: 90_000,
  }, async () => {
    // The reader withdrew the https sites and the Wikimedia hosts (given on the lookups page before) in
    // about:addons; the demo is served over http, so highlights stay.
    await harness.inExtension(() =>
      (globalThis as unknown as Api).browser.permissions.remove({
        origins: ['https://*/*', 'https://*.wikipedia.org/*', 'https://www.wikidata.org/*'],
      }),
    );
    expect(await wikimediaHeld()).toBe(false);
    const page = await harness.openArticle(DEMO);
    const sent = proxy.requests.length;
    // A name not asked for yet, so the cache cannot answer it.
    await openCard(page, 'Gulnara Zhuaspaeva', 'Gulnara Zhuaspaeva');
    await press(page, 'Look up on Wikipedia');
    const refused = await lookupsPage();
    expect(await refused.$eval('h1', (h) => h.textContent)).toBe('Look up “Gulnara Zhuaspaeva” on Wikipedia');
    await refused.click('.lookups-cancel');
    await page.bringToFront();
    await expect
      .poll(() => readCardIn(page).then((c) => c?.online), { timeout: 10_000 })
      .toBe('Backstory was not allowed to reach Wikipedia, so nothing was sent.');
    expect(proxy.requests.length).toBe(sent);
    expect(await wikimediaHeld()).toBe(false);

    await openCard(page, 'Talgat Ayan', 'Talgat Ayan');
    await openCard(page, 'Gulnara Zhuaspaeva', 'Gulnara Zhuaspaeva');
    await press(page, 'Look up on Wikipedia');
    const allow = await lookupsPage();
    // The reader takes their time: longer than Firefox leaves an idle background page running.
    await new Promise((resolve) => setTimeout(resolve, IDLE_MS * 1.5));
    await allow.click('.lookups-allow');
    await page.bringToFront();
    // The stand-in knows no Gulnara Zhuaspaeva, as Wikipedia does not.
    await expect
      .poll(() => readCardIn(page).then((c) => c?.online), { timeout: 15_000 })
      .toContain('Wikipedia has no article for this name.');
    expect((await readCardIn(page))?.online).toContain('Looked up because you asked.');
    const searched = proxy.requests.slice(sent).map((r) => new URL(r.url).searchParams.get('search'));
    expect(searched).toContain('Gulnara Zhuaspaeva');
    expect(searched.every((name) => name === null || name.startsWith('Gulnara '))).toBe(true);
    // The grant was for that name: the permission is held now, and lookups for every name stay off.
    expect(await wikimediaHeld()).toBe(true);
    // Unset, or off since the reader took the permissions back: never on.
    expect(await lookupsSetting()).not.toBe(true);
    await page.close();
  });
});

describe('in Firefox, the first-mention style', () => {
  it('paints one range per name, the first in the page, and a later mention still opens its card', async () => {
    await harness.inExtension(() =>
      (globalThis as unknown as Api).browser.storage.sync.set({ highlightStyle: 'underline' }),
    );
    const page = await harness.openArticle(DEMO);
    // The front tab is the article's: its content script says which names it found.
    await page.bringToFront();
    const { entities } = await harness.inExtension(async () => {
      const { browser } = globalThis as unknown as Api & {
        browser: { tabs: { query(q: object): Promise<{ id: number }[]> } };
      };
      const [tab] = await browser.tabs.query({ active: true });
      return (await browser.tabs.sendMessage(tab?.id ?? -1, { type: 'page/state', data: {} })).data;
    });
    const total = async () => Object.values(await paintedCounts(page)).reduce((a, b) => a + b, 0);
    expect(await total()).toBe(entities.reduce((sum, e) => sum + e.mentions, 0));
    const later = await nthMentionCenter(page, 'Boqaev', 3);

    await harness.inExtension(() =>
      (globalThis as unknown as Api).browser.storage.sync.set({ highlightStyle: 'first-mention' }),
    );
    await expect.poll(total, { timeout: 5000 }).toBe(entities.length);
    await page.bringToFront();
    await page.mouse.move(later.x - 30, later.y);
    await page.mouse.move(later.x, later.y);
    await expect.poll(() => readCardIn(page).then((c) => c?.name), { timeout: 5000 }).toBe('Maks Boqaev');
    expect((await readCardIn(page))?.position).toBe('6 of 7');
    await harness.inExtension(() =>
      (globalThis as unknown as Api).browser.storage.sync.set({ highlightStyle: 'underline' }),
    );
    await page.close();
  });
});
