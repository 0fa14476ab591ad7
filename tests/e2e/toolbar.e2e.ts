import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { waitForHighlights } from '../../scripts/browser/page-probes';
import { type Harness, openPopup, startHarness, tabIdOf } from './support/extension-fixture';
import { visit } from './support/kept-tabs';
import { resetSettings } from './support/settings-pages';

const DEMO = 'kazakhstan-activist.html';
let harness: Harness;
/** Every error the service worker logged: a look the browser refused (a wrong icon path) would show here. */
const workerErrors: string[] = [];

beforeAll(async () => {
  harness = await startHarness();
  (await harness.browser.worker()).on('console', (message) => {
    if (message.type() === 'error') workerErrors.push(message.text());
  });
});
afterAll(async () => {
  await harness?.close();
});
beforeEach(async () => {
  await resetSettings(harness);
  workerErrors.length = 0;
});

interface ButtonLook {
  badge: string;
  title: string;
  colour: number[];
}

/** What the toolbar button shows for a tab, as the browser itself reports it. */
async function buttonLook(tabId: number): Promise<ButtonLook> {
  const worker = await harness.browser.worker();
  return worker.evaluate(async (id) => {
    type Action = {
      getBadgeText(d: { tabId: number }): Promise<string>;
      getTitle(d: { tabId: number }): Promise<string>;
      getBadgeBackgroundColor(d: { tabId: number }): Promise<number[]>;
    };
    const { action } = (globalThis as unknown as { chrome: { action: Action } }).chrome;
    return {
      badge: await action.getBadgeText({ tabId: id }),
      title: await action.getTitle({ tabId: id }),
      colour: await action.getBadgeBackgroundColor({ tabId: id }),
    };
  }, tabId);
}

/** The demo article, from `host`, in the file's tab for `part` (kept-tabs.ts): a fresh document in a kept tab. */
async function openDemo(host?: string, part = 'page'): Promise<{ page: Page; tabId: number }> {
  const page = await visit(harness, harness.server.url(DEMO, host), part);
  await waitForHighlights(page);
  return { page, tabId: await tabIdOf(harness, page) };
}

const ON = { badge: '', title: 'Backstory' };
/** The pause travels through the synced settings' writer, which waits up to 2.5 s. */
const POLL = { timeout: 8000 };

describe('the toolbar button', () => {
  it('turns to off on a site switched off in the popup, in that site’s tabs only, and back', async () => {
    const here = await openDemo();
    const elsewhere = await openDemo('localhost', 'elsewhere');
    await expect.poll(() => buttonLook(here.tabId), POLL).toMatchObject(ON);
    expect(await buttonLook(elsewhere.tabId)).toMatchObject(ON);

    const popup = await openPopup(harness, here.tabId);
    const toggle = popup.getByRole('switch', { name: /Highlights on 127\.0\.0\.1/ });
    await expect.poll(() => toggle.isChecked(), { timeout: 5000 }).toBe(true);
    await toggle.click();
    await expect
      .poll(() => buttonLook(here.tabId), POLL)
      .toEqual({ badge: 'off', title: 'Backstory is off on 127.0.0.1', colour: [0x5f, 0x63, 0x68, 255] });
    expect(await buttonLook(elsewhere.tabId)).toMatchObject(ON);

    // A page of the switched-off site loaded later, in the same tab, is off too; another site's page is not.
    await here.page.reload();
    await expect.poll(() => buttonLook(here.tabId), POLL).toMatchObject({ badge: 'off' });
    await here.page.goto(harness.server.url(DEMO, 'localhost'));
    await expect.poll(() => buttonLook(here.tabId), POLL).toMatchObject(ON);
    await here.page.goto(harness.server.url(DEMO));
    await expect.poll(() => buttonLook(here.tabId), POLL).toMatchObject({ badge: 'off' });

    await toggle.click();
    await expect.poll(() => buttonLook(here.tabId), POLL).toMatchObject(ON);
    expect(workerErrors).toEqual([]);
  });

  it('turns to paused on every tab while Backstory is paused, and back', async () => {
    const here = await openDemo();
    const elsewhere = await openDemo('localhost', 'elsewhere');
    const popup = await openPopup(harness, here.tabId);
    const pause = popup.getByRole('switch', { name: 'Pause on every site' });
    await pause.click();
    const paused = { badge: 'off', title: 'Backstory is paused on every site' };
    await expect.poll(() => buttonLook(here.tabId), POLL).toMatchObject(paused);
    await expect.poll(() => buttonLook(elsewhere.tabId), POLL).toMatchObject(paused);
    await pause.click();
    await expect.poll(() => buttonLook(here.tabId), POLL).toMatchObject(ON);
    await expect.poll(() => buttonLook(elsewhere.tabId), POLL).toMatchObject(ON);
    expect(workerErrors).toEqual([]);
  });

  it('ships its icons where the manifest and the off look point', async () => {
    const base = `chrome-extension://${harness.browser.extensionId}`;
    const page = await visit(harness, `${base}/popup.html`, 'popup');
    const sizes = await page.evaluate(async (root) => {
      const manifest = (await (await fetch(`${root}/manifest.json`)).json()) as {
        icons: Record<string, string>;
        action: { default_icon: Record<string, string> };
      };
      const files = [
        ...Object.values(manifest.icons),
        ...Object.values(manifest.action.default_icon),
        'icons/off-16.png',
        'icons/off-32.png',
      ];
      const sizeOf = async (file: string) => {
        const image = await createImageBitmap(await (await fetch(`${root}/${file}`)).blob());
        return `${file} ${image.width}x${image.height}`;
      };
      return Promise.all(files.map(sizeOf));
    }, base);
    expect(sizes).toEqual([
      'icons/16.png 16x16',
      'icons/32.png 32x32',
      'icons/48.png 48x48',
      'icons/96.png 96x96',
      'icons/128.png 128x128',
      'icons/16.png 16x16',
      'icons/32.png 32x32',
      'icons/off-16.png 16x16',
      'icons/off-32.png 32x32',
    ]);
  });
});
