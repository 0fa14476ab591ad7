/**
 * Reads the card in Firefox over WebDriver BiDi, which serialises closed shadow roots when asked to
 * (`includeShadowTree: 'all'`) and takes the shared id it gives back as an argument; the shipped code needs no test
 * hook. Both calls run in Puppeteer's sandbox realm, so page script never holds a reference to the card.
 */
import type { Page } from 'puppeteer-core';
import { UI_HOST_SELECTOR } from '../../../lib/text/element-kinds';
import { type CardView, readCard } from '../../e2e/support/card-view';

type RemoteValue = { type: string; value?: unknown; sharedId?: string };
type CallResult = { type: 'success'; result: RemoteValue } | { type: 'exception'; exceptionDetails: { text: string } };
interface BidiRealm {
  callFunction(declaration: string, awaitPromise: boolean, options: object): Promise<CallResult>;
}

/**
 * Puppeteer's BiDi frame keeps its realms to itself; its sandbox realm is the one place to send BiDi's own
 * serialisation options from, as Puppeteer's public evaluate asks for no shadow trees.
 */
function sandboxOf(page: Page): BidiRealm {
  const frame = page.mainFrame() as unknown as { isolatedRealm?: () => { realm?: BidiRealm } };
  const realm = frame.isolatedRealm?.().realm;
  if (!realm) throw new Error('this Puppeteer has no BiDi sandbox realm: is the browser driven over BiDi?');
  return realm;
}

async function call(realm: BidiRealm, declaration: string, options: object): Promise<RemoteValue> {
  const reply = await realm.callFunction(declaration, false, { resultOwnership: 'none', ...options });
  if (reply.type === 'exception') throw new Error(`reading the card failed: ${reply.exceptionDetails.text}`);
  return reply.result;
}

/** The card as it is now, or null while none is open. */
export async function readCardIn(page: Page): Promise<CardView | null> {
  const realm = sandboxOf(page);
  const host = await call(realm, `() => document.querySelector(${JSON.stringify(UI_HOST_SELECTOR)})`, {
    serializationOptions: { includeShadowTree: 'all', maxDomDepth: 1 },
  });
  if (host.type !== 'node') return null;
  const shadow = (host.value as { shadowRoot?: RemoteValue & { value?: { mode?: string } } }).shadowRoot;
  if (!shadow?.sharedId) throw new Error('our UI host has no shadow root');
  if (shadow.value?.mode !== 'closed') throw new Error(`our shadow root is ${shadow.value?.mode}, not closed`);
  const view = await call(realm, `(root) => JSON.stringify((${readCard})(root))`, {
    arguments: [{ sharedId: shadow.sharedId }],
  });
  return JSON.parse(String(view.value)) as CardView | null;
}
