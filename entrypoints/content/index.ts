import '../../assets/highlights.css';
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { PageSession } from '../../lib/page/page-session';
import { boundScheduler } from '../../lib/page/scheduler';
import { readSetting, watchSetting } from '../../lib/read-setting';
import {
  HIDDEN_NAMES,
  type HiddenNames,
  hiddenOnSite,
  isSiteEnabled,
  SITE_SWITCHES,
  type SiteSwitches,
} from '../../lib/settings';
import { backgroundClient, nameHider } from './background-client';
import { createCardPresenter } from './card-presenter';
import { listenForTabMessages } from './tab-messages';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // Highlight styles go in through the manifest, so no style element is added to the page.
  cssInjectionMode: 'manifest',
  // WXT would otherwise post a start message to the page itself, telling it our extension id.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    const session = new PageSession({
      doc: document,
      win: window,
      background: backgroundClient(browser),
      card: createCardPresenter(ctx),
      // Timers, frames and every watcher end with ctx: an extension update leaves nothing running.
      scheduler: boundScheduler(window, ctx),
      signal: ctx.signal,
      site: location.hostname,
      hideName: nameHider(browser),
    });
    listenForTabMessages(browser, session, ctx.signal);
    const follow = (switches: SiteSwitches) => session.setEnabled(isSiteEnabled(switches, location.hostname));
    ctx.onInvalidated(watchSetting(browser.storage.onChanged, SITE_SWITCHES, (switches) => void follow(switches)));
    // Hidden names are known before the first highlight, so a hidden name never shows even briefly.
    const hide = (hidden: HiddenNames) => session.view.setHidden(hiddenOnSite(hidden, location.hostname));
    ctx.onInvalidated(watchSetting(browser.storage.onChanged, HIDDEN_NAMES, hide));
    hide(await readSetting(browser.storage, HIDDEN_NAMES));
    await follow(await readSetting(browser.storage, SITE_SWITCHES));
  },
});
