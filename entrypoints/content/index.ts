import '../../assets/highlights.css';
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import highlightCss from '../../assets/highlights.css?inline';
import { ShadowStyles } from '../../lib/highlight/shadow-styles';
import { followSettings } from '../../lib/page/follow-settings';
import { HighlightLook } from '../../lib/page/highlight-look';
import { PageSession } from '../../lib/page/page-session';
import { boundScheduler } from '../../lib/page/scheduler';
import { backgroundClient, nameHider } from './background-client';
import { createCardPresenter } from './card-presenter';
import { listenForTabMessages } from './tab-messages';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  registration: 'runtime',
  // Highlight styles go in through the manifest, so no style element is added to the page.
  cssInjectionMode: 'manifest',
  // WXT would otherwise post a start message to the page itself, telling it our extension id.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    // Web components' shadow roots adopt the same rules: the injected ones never reach into them.
    const look = new HighlightLook(new ShadowStyles(window, highlightCss));
    const session = new PageSession({
      doc: document,
      win: window,
      background: backgroundClient(browser),
      card: createCardPresenter(ctx),
      // Timers, frames and every watcher end with ctx: an extension update leaves nothing running.
      scheduler: boundScheduler(window, ctx),
      signal: ctx.signal,
      site: location.hostname,
      look,
      hideName: nameHider(browser),
    });
    listenForTabMessages(browser, session, ctx.signal);
    // The site's switch, the global pause, types, style, dwell and hidden names, live in every open tab.
    await followSettings(
      browser.storage,
      { setEnabled: (on) => session.setEnabled(on), setHidden: (names) => session.view.setHidden(names) },
      look,
      location.hostname,
      ctx.signal,
    );
  },
});
