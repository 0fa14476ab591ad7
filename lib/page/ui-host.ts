/**
 * The one element Backstory adds to a page: the host of the card's closed shadow root. The page's scripts can find
 * it, and must never get inside. A custom-element name would let them: a page that defines the name first has our
 * host built from its class, and `attachInternals().shadowRoot` then hands it the closed root. So the host is a
 * plain div, which no page can define or upgrade, checked to be one before the root is attached. The content script
 * runs in its own world (Chromium's isolated world, Firefox's Xray views), where the page's changes to
 * `attachShadow` or `createElement` never apply; the end-to-end tests check that in both browsers.
 */
import { UI_HOST_ATTRIBUTE, UI_HOST_TAG } from '../text/element-kinds';

export interface UiHost {
  host: HTMLElement;
  shadow: ShadowRoot;
}

/** A new host and its closed shadow root, not yet in the page; null when the document gives anything but a plain div. */
export function createUiHost(doc: Document, win: Window): UiHost | null {
  const { HTMLDivElement, Element } = win as Window & typeof globalThis;
  const host = doc.createElement(UI_HOST_TAG);
  // No card is better than a card the page can reach. (A host the page defined would pass this check in Chromium,
  // where the isolated world sees it as a plain HTMLElement: that is why the host is a div, not a custom element.)
  if (Object.getPrototypeOf(host) !== HTMLDivElement.prototype || host.shadowRoot) return null;
  host.setAttribute(UI_HOST_ATTRIBUTE, '');
  const shadow = Element.prototype.attachShadow.call(host, { mode: 'closed' });
  return { host, shadow };
}
