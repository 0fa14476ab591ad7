import type { browser as extensionApi } from 'wxt/browser';
import type { Candidate } from '../../lib/detect/find-names';
import type { OnlineAsk } from '../../lib/online/online-presenter';
import type { Background } from '../../lib/page/scan-page';
import type { CardProtocol } from '../../lib/protocol/card';
import type { LookupProtocol } from '../../lib/protocol/lookup';
import { MAX_MENTIONS, type MessageOf, type ResponseOf, unwrapReply } from '../../lib/protocol/messages';
import { packMentionsSteps } from '../../lib/protocol/packed-mentions';
import type { SiteProtocol } from '../../lib/protocol/site';
import type { BackgroundProtocol } from '../../lib/protocol/text';
import { ONLINE_LOOKUPS } from '../../lib/settings/online';
import { readSetting } from '../../lib/settings/read-setting';

type Browser = typeof extensionApi;

/** Asks the background to hide a name on this page's site, or show it again; the change comes back through storage. */
export function nameHider(browser: Browser): (name: string, hidden: boolean) => void {
  return (name, hidden) => {
    const message: MessageOf<SiteProtocol> = { type: 'site/hide-name', data: { name, hidden } };
    void browser.runtime.sendMessage(message).catch(() => undefined);
  };
}

/** The card's Licences link: the background opens the extension's own page, which a web page may not. */
export function licencesOpener(browser: Browser): () => void {
  const message: MessageOf<CardProtocol> = { type: 'card/licences', data: {} };
  return () => void browser.runtime.sendMessage(message).catch(() => undefined);
}

/** The background's answers, over the typed protocol. */
export function backgroundClient(browser: Browser): Background {
  const ask = async <K extends keyof BackgroundProtocol>(message: MessageOf<BackgroundProtocol> & { type: K }) =>
    unwrapReply<ResponseOf<BackgroundProtocol, K>>(await browser.runtime.sendMessage(message), message.type);
  return {
    detect: async (texts) => (await ask({ type: 'text/detect', data: { texts } })).parts,
    // Past the cap, the rest of a giant page goes unhighlighted rather than unread by the background. The browser
    // serialises the message in one go: it gets a slice of its own, after the packing's.
    resolve: async (mentions: Candidate[], slices) => {
      const packed = await slices.run(packMentionsSteps(mentions.slice(0, MAX_MENTIONS)));
      return (await slices.whole(() => ask({ type: 'text/resolve', data: { mentions: packed } }))).entities;
    },
  };
}

/** Online lookups, through the background: the content script never reaches Wikimedia itself. */
export function onlineAsk(browser: Browser): OnlineAsk {
  const ask = async <K extends keyof LookupProtocol>(message: MessageOf<LookupProtocol> & { type: K }) =>
    unwrapReply<ResponseOf<LookupProtocol, K>>(await browser.runtime.sendMessage(message), message.type);
  return {
    isOn: () => readSetting(browser.storage, ONLINE_LOOKUPS),
    lookUp: (name, type, context) => ask({ type: 'lookup/name', data: { name, type, context } }),
    lookUpOnce: (name, type, context) => ask({ type: 'lookup/once', data: { name, type, context } }),
    offerAll: () => void ask({ type: 'lookup/offer', data: {} }).catch(() => undefined),
    choose: (name, choice) => ask({ type: 'lookup/choose', data: { name, choice } }),
    open: (lang, title) => void ask({ type: 'lookup/open', data: { lang, title } }).catch(() => undefined),
  };
}
