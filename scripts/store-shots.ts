// The store listing's images, taken by `npm start` when it runs headless, beside the README's screenshots: four
// screenshots at 1280×800 (the size the Chrome Web Store asks for, and addons.mozilla.org's recommended one), and
// Chrome's small promotional tile, 440×280. Written to docs/store/screenshots/.
import { mkdir, readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import english from '../public/_locales/en/messages.json';
import type { ExtensionBrowser } from './browser/launch-extension';
import { mentionCenter } from './browser/page-probes';

export const STORE_SHOTS = resolve('docs/store/screenshots');
export const SCREENSHOT_SIZE = { width: 1280, height: 800 };
export const PROMO_TILE_SIZE = { width: 440, height: 280 };
/** Longer than the card's dwell, so the card is open in the screenshot. */
const CARD_WAIT_MS = 900;
const POPUP_SIZE = { width: 380, height: 620 };

async function restOn(page: Page, name: string): Promise<void> {
  await page.mouse.move(0, 0);
  const point = await mentionCenter(page, name);
  await page.mouse.move(point.x, point.y, { steps: 4 });
  await page.waitForTimeout(CARD_WAIT_MS);
}

const dataUrl = (png: Buffer) => `data:image/png;base64,${png.toString('base64')}`;

/** A page of our own making (no extension, no network), drawn at a given size and saved. */
async function drawn(browser: ExtensionBrowser, html: string, size: typeof SCREENSHOT_SIZE, path: string) {
  const canvas = await browser.context.newPage();
  await canvas.setViewportSize(size);
  await canvas.setContent(html, { waitUntil: 'load' });
  await canvas.screenshot({ path });
  await canvas.close();
}

export async function takeStoreScreenshots(browser: ExtensionBrowser, page: Page, tabId: number): Promise<string[]> {
  await mkdir(STORE_SHOTS, { recursive: true });
  const written: string[] = [];
  const path = (file: string) => {
    written.push(`${STORE_SHOTS}/${file}`);
    return `${STORE_SHOTS}/${file}`;
  };
  await page.setViewportSize(SCREENSHOT_SIZE);
  await page.bringToFront();

  await restOn(page, 'Atyrau');
  await page.screenshot({ path: path('1-card.png') });

  // The popup as the reader sees it: open under the toolbar, over the article it lists.
  await page.mouse.move(0, 0);
  await page.waitForTimeout(CARD_WAIT_MS);
  const article = await page.screenshot();
  const popup = await browser.context.newPage();
  await popup.setViewportSize(POPUP_SIZE);
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
  await popup.locator('.entity-name').first().waitFor();
  const list = await popup.screenshot();
  await popup.close();
  await drawn(
    browser,
    `<body style="margin:0;position:relative">
      <img src="${dataUrl(article)}" style="display:block">
      <img src="${dataUrl(list)}" style="position:absolute;top:0;right:24px;border:1px solid #aab2bf;
        border-radius:0 0 8px 8px;box-shadow:0 8px 28px rgba(0,0,0,.28)">
    </body>`,
    SCREENSHOT_SIZE,
    path('2-popup.png'),
  );

  const options = await browser.context.newPage();
  await options.setViewportSize(SCREENSHOT_SIZE);
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await options.getByRole('heading', { level: 1 }).waitFor();
  await options.screenshot({ path: path('3-options.png') });
  await options.close();

  await page.bringToFront();
  await page.emulateMedia({ colorScheme: 'dark' });
  await restOn(page, 'Toqaev');
  await page.screenshot({ path: path('4-dark.png') });
  await page.emulateMedia({ colorScheme: 'light' });
  await page.mouse.move(0, 0);

  const icon = await readFile('assets/icon.svg', 'utf8');
  await drawn(
    browser,
    `<body style="margin:0;height:280px;display:flex;align-items:center;gap:18px;padding:0 28px;
      box-sizing:border-box;background:#f4f7fb;color:#1d2433;font-family:system-ui,sans-serif">
      <div style="flex:none;width:140px;height:140px">${icon.replace('<svg ', '<svg style="width:140px;height:140px" ')}</div>
      <div><div style="font-size:40px;font-weight:700">${english.extName.message}</div>
      <div style="font-size:19px;line-height:1.35;margin-top:8px">${english.extDescription.message}</div></div>
    </body>`,
    PROMO_TILE_SIZE,
    path('promo-tile-440x280.png'),
  );
  return written;
}
