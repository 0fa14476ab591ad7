import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension } from '../../scripts/browser/launch-extension';
import { allHighlighted, mentionCenter, waitForHighlights } from '../../scripts/browser/page-probes';
import { type PageServer, servePages } from '../../scripts/browser/serve-pages';
import { cardProbe } from './support/card-probe';

let server: PageServer;
let profileDir: string;

beforeAll(async () => {
  server = await servePages(resolve('tests/fixtures/pages'));
  profileDir = await mkdtemp(join(tmpdir(), 'backstory-restart-'));
});

afterAll(async () => {
  await server?.close();
  await rm(profileDir, { recursive: true, force: true });
});

describe('after a browser restart', () => {
  it('remembers a site switched off and a glossary imported', async () => {
    const first = await launchExtension({ headless: true, profileDir });
    const options = await first.context.newPage();
    await options.goto(`chrome-extension://${first.extensionId}/options.html`);
    const csv = 'name,type,description\nTalgat Ayan,PERSON,Land rights activist from Atyrau.\n';
    await options
      .locator('input[type="file"]')
      .setInputFiles({ name: 'kept.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await expect.poll(() => options.locator('.glossary-name').allTextContents()).toEqual(['kept']);
    const worker = await first.worker();
    await worker.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } })
        .chrome;
      await api.storage.local.set({ siteSwitches: { localhost: false } });
    });
    await first.close();

    const second = await launchExtension({ headless: true, profileDir });
    const off = await second.context.newPage();
    await off.goto(server.url('kazakhstan-activist.html', 'localhost'));
    await off.waitForTimeout(1500);
    expect(await allHighlighted(off)).toEqual([]);

    const on = await second.context.newPage();
    await on.goto(server.url('kazakhstan-activist.html'));
    await waitForHighlights(on);
    const point = await mentionCenter(on, 'Talgat Ayan');
    await on.mouse.move(point.x, point.y, { steps: 3 });
    const card = await cardProbe(on);
    await expect
      .poll(() => card.read().then((c) => c?.source), { timeout: 5000 })
      .toBe('Source: from your glossary kept');
    await second.close();
  });
});
