/**
 * The background's side of online lookups. Nothing goes to Wikimedia unless the
 * setting is on, read afresh at every request, or the reader clicked "Look up on
 * Wikipedia" on a card, which sends that one name; names are sent, never the
 * context (it only chooses between candidates here) nor the page's address.
 */

import type { MessageSender } from '../background/handle-message';
import { foldName } from '../names/fold';
import type { Reply } from '../protocol/checks';
import { NOT_FROM_US } from '../protocol/checks';
import { parseLookupMessage } from '../protocol/lookup';
import { isRecord } from '../protocol/schema';
import { type WikiChoices, withWikiChoice } from '../settings/online';
import { siteKey } from '../settings/settings';
import { webHost } from '../util/web-host';
import { peekLookup } from './look-up';
import type { LookupCache } from './lookup-cache';
import { toOnlineView } from './lookup-view';
import { type SharedLookUp, shareLookups } from './shared-lookups';
import type { TabSignals } from './tab-signals';
import type { OnlineView } from './view';
import type { WikimediaClient } from './wikimedia-client';
import { pageUrl } from './wikimedia-urls';

export interface LookupServiceDeps {
  extensionId: string;
  isOn(): Promise<boolean>;
  lang(): Promise<string>;
  cache(): Promise<LookupCache | undefined>;
  choices: { get(): Promise<WikiChoices>; set(value: WikiChoices): Promise<void> };
  client: WikimediaClient;
  signals: TabSignals;
  openTab(url: string): Promise<unknown>;
  /** Asks the reader, on an extension page, for the Wikimedia permission if the browser does not give it yet. */
  permission: { ask(name: string, openerTabId: number): Promise<boolean> };
  /** Opens Backstory's lookups page, where the reader may turn lookups on for every name. */
  openLookupsPage(openerTabId: number): Promise<unknown>;
  now(): number;
}

export const isLookupMessage = (raw: unknown): boolean =>
  isRecord(raw) && typeof raw.type === 'string' && raw.type.startsWith('lookup/');

function siteOf(sender: MessageSender): string | null {
  const host = sender.tab ? webHost(sender.url) : null;
  return host === null ? null : siteKey(host);
}

export function lookupService(deps: LookupServiceDeps) {
  const shared = new Map<string, SharedLookUp>();
  const lookUpIn = async (lang: string) => {
    let lookUp = shared.get(lang);
    if (!lookUp) {
      lookUp = shareLookups({ client: deps.client, lang, now: deps.now, cache: await deps.cache() });
      shared.set(lang, lookUp);
    }
    return lookUp;
  };
  let writes: Promise<unknown> = Promise.resolve();

  async function answer(raw: unknown, sender: MessageSender): Promise<Reply<unknown>> {
    if (sender.id !== deps.extensionId) return NOT_FROM_US;
    const parsed = parseLookupMessage(raw);
    if (!parsed.ok) return parsed;
    const { message } = parsed;
    // Its arrival is all it does: an event, which keeps the background awake while the lookups page waits.
    if (message.type === 'lookup/waiting') return { ok: true, data: {} };
    if (message.type === 'lookup/open') {
      const url = pageUrl(message.data.title, message.data.lang);
      if (!url) return { ok: false, error: 'not a Wikipedia article' };
      await deps.openTab(url);
      return { ok: true, data: {} };
    }
    const site = siteOf(sender);
    const tabId = sender.tab?.id;
    if (!site || tabId === undefined) return { ok: false, error: 'only a web page looks names up' };
    if (message.type === 'lookup/offer') {
      await deps.openLookupsPage(tabId);
      return { ok: true, data: {} };
    }
    const key = foldName(message.data.name);
    if (message.type === 'lookup/choose') {
      const { choice } = message.data;
      const write = writes.then(async () =>
        deps.choices.set(withWikiChoice(await deps.choices.get(), site, key, choice)),
      );
      writes = write.catch(() => undefined);
      await write;
      return { ok: true, data: {} };
    }
    const { name, type, context } = message.data;
    const [lang, choices] = await Promise.all([deps.lang(), deps.choices.get()]);
    const choice = choices[site]?.[key];
    const hit = await peekLookup(name, type, { cache: await deps.cache(), lang });
    if (hit && hit.kind !== 'failed') return { ok: true, data: toOnlineView(hit, choice, lang) };
    if (message.type === 'lookup/once') {
      // The reader's click is their consent for this one name, whatever the setting; the browser's permission still rules.
      if (!(await deps.permission.ask(name, tabId)))
        return { ok: true, data: { status: 'denied' } satisfies OnlineView };
    } else if (!(await deps.isOn())) {
      // Checked at every request, never remembered: the moment the reader turns lookups off, nothing more is sent.
      return { ok: true, data: { status: 'off' } satisfies OnlineView };
    }
    const lookUp = await lookUpIn(lang);
    const result = await lookUp(name, type, { text: context }, deps.signals.signalFor(tabId));
    return { ok: true, data: toOnlineView(result, choice, lang) };
  }

  return (raw: unknown, sender: MessageSender) =>
    answer(raw, sender).catch((error: unknown) => ({ ok: false as const, error: `lookup failed: ${String(error)}` }));
}
