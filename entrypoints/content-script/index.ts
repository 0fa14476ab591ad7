import '../../assets/highlights.css';
import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import highlightCss from '../../assets/highlights.css?inline';
import { ShadowStyles } from '../../lib/highlight/shadow-styles';
import { followSettings } from '../../lib/page/follow-settings';
import { HighlightLook } from '../../lib/page/highlight-look';
import { PageSession } from '../../lib/page/page-session';
import { boundScheduler } from '../../lib/page/scheduler';
import { scriptLifetime } from '../../lib/page/script-lifetime';
import { backgroundClient, nameHider } from './background-client';
import { createCardPresenter } from './card-presenter';
import { listenForTabMessages } from './tab-messages';

// An unlisted script, registered by the background (lib/background/content-registration.ts): a WXT content script
// would get a ContentScriptContext, which any page can end with one event (see lib/page/script-lifetime.ts).
export default defineUnlistedScript(async () => {
  const life = scriptLifetime({ runtime: browser.runtime, world: globalThis });
  // Web components' shadow roots adopt the same rules: the injected ones never reach into them.
  const look = new HighlightLook(new ShadowStyles(window, highlightCss));
  const session = new PageSession({
    doc: document,
    win: window,
    background: backgroundClient(browser),
    card: createCardPresenter(life),
    // Timers, frames and every watcher end with the script: an extension update leaves nothing running.
    scheduler: boundScheduler(window, life),
    signal: life.signal,
    site: location.hostname,
    look,
    hideName: nameHider(browser),
  });
  listenForTabMessages(browser, session, life.signal);
  // The site's switch, the global pause, types, style, dwell and hidden names, live in every open tab.
  await followSettings(
    browser.storage,
    { setEnabled: (on) => session.setEnabled(on), setHidden: (names) => session.view.setHidden(names) },
    look,
    location.hostname,
    life.signal,
  );
});
