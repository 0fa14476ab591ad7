/**
 * The browser half of `npm run bench`: the built extension in real Chromium,
 * on pages served from 127.0.0.1, measured from outside (DevTools tracing and
 * Chromium's own main-thread counters), beside the same Chromium without the
 * extension. It prints figures beside their goals and never fails on a number.
 */
import { existsSync } from 'node:fs';
import { findChromium, INSTALL_HINT } from '../browser/find-chromium';
import { CHROME_BUILD } from '../browser/launch-extension';
import { launchExtension, launchPlain, serveBenchSite } from './bench-site';
import { benchFirstHighlight } from './first-highlight';
import { benchLongTasks, type HeavyPage } from './heavy-loads';
import { benchHostileTab } from './hostile-tab';
import { benchLivePage } from './live-share';
import { benchPointer } from './pointer-cost';
import { benchSwitchedOff } from './switched-off';

/** Why the browser bench cannot run here, or null. */
function whySkip(): string | null {
  if (!existsSync(CHROME_BUILD)) return `no build in ${CHROME_BUILD}: run npm run build first`;
  return findChromium() ? null : INSTALL_HINT;
}

export async function runBrowserBench(): Promise<void> {
  console.log('\nIn Chromium: the built extension on pages served from 127.0.0.1, beside Chromium without it');
  const skip = whySkip();
  if (skip) {
    console.log(`  skipped: ${skip}`);
    return;
  }
  const started = performance.now();
  const site = await serveBenchSite();
  try {
    // Cold starts need browsers of their own; everything else shares one of each.
    await benchFirstHighlight(site);
    const browser = await launchExtension({ headless: true });
    const plain = await launchPlain();
    try {
      await benchLongTasks(site, browser, plain.context);
      await benchHostileTab(site, browser);
      await benchPointer(site, browser.context, plain.context);
      await benchSwitchedOff(site, browser, plain.context);
      await benchLivePage(site, browser.context, plain.context);
    } finally {
      await browser.close();
      await plain.close();
    }
  } finally {
    await site.close();
  }
  console.log(`  (the browser figures took ${((performance.now() - started) / 1000).toFixed(0)} s)`);
}

/** The long tasks on the heavy pages alone (all of them, or those named): minutes instead of the whole browser half. */
export async function runHeavyBench(pages?: HeavyPage[]): Promise<void> {
  const skip = whySkip();
  if (skip) {
    console.log(`  skipped: ${skip}`);
    return;
  }
  const site = await serveBenchSite();
  const browser = await launchExtension({ headless: true });
  const plain = await launchPlain();
  try {
    await benchLongTasks(site, browser, plain.context, pages);
  } finally {
    await browser.close();
    await plain.close();
    await site.close();
  }
}
