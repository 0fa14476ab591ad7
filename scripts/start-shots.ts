// The README's screenshots, taken by `npm start` when it runs headless: the card open on the demo article, the
// popup, the options page, and the card in dark mode. Each is cropped to what it shows, so the PNGs stay small.
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { UI_HOST_SELECTOR } from '../lib/text/element-kinds';
import type { ExtensionBrowser } from './browser/launch-extension';
import { mentionCenter } from './browser/page-probes';

export const SHOTS = resolve('docs/screenshots');
/** Longer than the card's dwell, so the card is open in the screenshot. */
const CARD_WAIT_MS = 900;
const MARGIN = 32;

type Box = { x: number; y: number; width: number; height: number };

/**
 * The open card's box, read through DevTools, which sees into its closed shadow root. (The tests' card probe
 * sends a function as text, which the TypeScript runner behind `npm start` rewrites with helpers the page lacks.)
 */
async function cardBox(page: Page): Promise<Box> {
  const cdp = await page.context().newCDPSession(page);
  type Node = { nodeId: number; localName?: string; shadowRoots?: Node[]; children?: Node[] };
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: Node };
  const { nodeId: host } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: UI_HOST_SELECTOR });
  const { node } = (await cdp.send('DOM.describeNode', { nodeId: host, depth: 1, pierce: true })) as { node: Node };
  const shadow = node.shadowRoots?.[0];
  if (!shadow) throw new Error('no card host');
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: shadow.nodeId, selector: '.card' });
  if (!nodeId) throw new Error('no card open');
  const { model } = await cdp.send('DOM.getBoxModel', { nodeId });
  await cdp.detach();
  const [x = 0, y = 0] = model.border;
  return { x, y, width: model.width, height: model.height };
}

/** Rests the pointer on a name until its card opens; returns the card and its word together, with a margin. */
async function openCard(page: Page, name: string): Promise<Box> {
  const point = await mentionCenter(page, name);
  await page.mouse.move(0, 0);
  await page.mouse.move(point.x, point.y, { steps: 4 });
  await page.waitForTimeout(CARD_WAIT_MS);
  const card = { box: await cardBox(page) };
  const view = page.viewportSize() ?? { width: 1280, height: 900 };
  const left = Math.max(0, Math.min(card.box.x, point.x) - MARGIN);
  const top = Math.max(0, Math.min(card.box.y, point.y) - MARGIN);
  const right = Math.min(view.width, Math.max(card.box.x + card.box.width, point.x) + MARGIN);
  const bottom = Math.min(view.height, Math.max(card.box.y + card.box.height, point.y) + MARGIN);
  return { x: left, y: top, width: right - left, height: bottom - top };
}

export async function takeScreenshots(browser: ExtensionBrowser, page: Page, tabId: number): Promise<string[]> {
  await mkdir(SHOTS, { recursive: true });
  const written: string[] = [];
  const shoot = async (target: Page, file: string, clip?: Box) => {
    await target.screenshot({ path: `${SHOTS}/${file}`, clip });
    written.push(`${SHOTS}/${file}`);
  };
  await shoot(page, 'card.png', await openCard(page, 'Atyrau'));
  await page.emulateMedia({ colorScheme: 'dark' });
  await shoot(page, 'dark.png', await openCard(page, 'Atyrau'));
  await page.emulateMedia({ colorScheme: 'light' });

  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 380, height: 620 });
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
  await popup.locator('.entity-name').first().waitFor();
  await shoot(popup, 'popup.png');

  const options = await browser.context.newPage();
  await options.setViewportSize({ width: 760, height: 900 });
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await options.getByRole('heading', { level: 1 }).waitFor();
  await shoot(options, 'options.png');
  return written;
}
