// `npm start`: builds the extension and opens Chromium with it on a demo news
// article served from this machine. With a display it opens a window; without
// one it runs headless, prints the names it highlighted and writes screenshots.
import { execSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { launchExtension } from './browser/launch-extension';
import { highlightedTexts, waitForHighlights } from './browser/page-probes';
import { servePages } from './browser/serve-pages';
import { takeScreenshots } from './start-shots';
import { takeStoreScreenshots } from './store-shots';

const DEMO_PAGE = 'kazakhstan-activist.html';

const headless = process.argv.includes('--headless') || !process.env.DISPLAY;

execSync('npx wxt build', { stdio: 'inherit' });
const server = await servePages(resolve('tests/fixtures/pages'));
const browser = await launchExtension({ headless });
const page = await browser.context.newPage();
const url = server.url(DEMO_PAGE);
await page.goto(url);
await waitForHighlights(page);

console.log(`\nBackstory is running on ${url}`);
for (const [name, texts] of Object.entries(await highlightedTexts(page))) {
  console.log(`  ${name.replace('backstory-', '').padEnd(7)} ${[...new Set(texts)].join(', ')}`);
}

if (headless) {
  await mkdir('.output/start', { recursive: true });
  await page.screenshot({ path: '.output/start/page.png' });
  const worker = await browser.worker();
  const tabId = await worker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number }[]> } } })
      .chrome;
    return (await api.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id ?? -1;
  });
  const written = await takeScreenshots(browser, page, tabId);
  console.log(`\nScreenshots for the README:\n  ${written.join('\n  ')}`);
  const forStores = await takeStoreScreenshots(browser, page, tabId);
  console.log(`\nImages for the store listings:\n  ${forStores.join('\n  ')}`);
  await browser.close();
  await server.close();
} else {
  console.log('\nRest the pointer on an underlined name to see its card. Close the browser window to stop.');
  await new Promise<void>((done) => browser.context.on('close', () => done()));
  await server.close();
}
