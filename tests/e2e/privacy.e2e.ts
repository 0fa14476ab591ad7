import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from './support/extension-fixture';
import { openOptions } from './support/settings-pages';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

describe('the privacy policy', () => {
  it('opens from the options page, inside the extension, with nothing fetched from elsewhere', async () => {
    const options = await openOptions(harness);
    const opened = harness.browser.context.waitForEvent('page');
    await options.getByRole('button', { name: /^Privacy policy/ }).click();
    const policy = await opened;
    await policy.getByRole('heading', { level: 1, name: 'Backstory privacy policy' }).waitFor();
    expect(policy.url()).toBe(`chrome-extension://${harness.browser.extensionId}/privacy.html`);
    expect(await policy.getByRole('heading', { level: 2 }).allTextContents()).toEqual(
      expect.arrayContaining(['What Backstory never sends']),
    );
    expect(await policy.getByRole('table').count()).toBe(1);
    expect(harness.outsideRequests).toEqual([]);
    await policy.close();
  });
});
