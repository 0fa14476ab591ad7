/**
 * What a test sees of the card, read the same way in Chromium and Firefox. The card lives in a closed shadow root,
 * so page script cannot reach it; the tests get at the root through the browser's automation protocol (see
 * card-probe.ts and the Firefox harness) and then run `readCard` on it.
 */
import type { Evaluates } from '../../../scripts/browser/page-probes';

export interface CardView {
  visible: boolean;
  /** In viewport pixels, as the pointer moves. */
  box: { x: number; y: number; width: number; height: number };
  /**
   * The frame the card sits in, as the reader sees it: its box in viewport pixels, and whether it scrolls. A card
   * taller than the room beside its word overflows the frame (so `box` reaches past it) and scrolls inside.
   */
  frame: {
    box: { x: number; y: number; width: number; height: number };
    scrollHeight: number;
    clientHeight: number;
    overflowY: string;
  } | null;
  /** The ARIA role and accessible name. */
  role: string | null;
  label: string | null;
  type: string | null;
  name: string | null;
  also: string | null;
  description: string | null;
  /** What the article itself says the entity is. */
  articleRole: string | null;
  facts: string | null;
  mentions: string | null;
  firstMention: string | null;
  source: string | null;
  /** What the card's Wikipedia part says: an answer, "Looking up…", a refusal; null while it has none. */
  online: string | null;
  /** "2 of 7" beside the Previous and Next buttons, while the name has more than one mention. */
  position: string | null;
  /** The card's buttons by accessible name, with their centres in viewport pixels, for a test to click. */
  buttons: { label: string | null; x: number; y: number }[];
  /** What has focus inside the card: its class, or its accessible name for a button; null when focus is elsewhere. */
  focus: string | null;
  /** The live status line ("… is no longer highlighted on this site."), empty while there is none. */
  status: string | null;
  /** Every element in the shadow root, by tag: markup in the data must never add one. */
  elements: string[];
  /** Attributes that could load or run something: event handlers, href, src, action, srcdoc. */
  activeAttributes: string[];
}

/** Runs in the page, on the card's shadow root; self-contained, as it is sent to the browser as text. */
export const readCard = (root: ShadowRoot): CardView | null => {
  const card = root.querySelector('.card');
  if (!card) return null;
  const text = (selector: string) => card.querySelector(selector)?.textContent ?? null;
  const rect = card.getBoundingClientRect();
  const all = [...root.querySelectorAll('*')];
  return {
    visible: card.checkVisibility() && rect.width > 0 && rect.height > 0,
    box: { x: rect.x, y: rect.y, width: rect.width, height: rect.height },
    frame: ((el: HTMLElement | null) => {
      if (!el) return null;
      const r = el.getBoundingClientRect();
      return {
        box: { x: r.x, y: r.y, width: r.width, height: r.height },
        scrollHeight: el.scrollHeight,
        clientHeight: el.clientHeight,
        overflowY: getComputedStyle(el).overflowY,
      };
    })(card.closest<HTMLElement>('.card-frame')),
    role: card.getAttribute('role'),
    label: card.getAttribute('aria-label'),
    type: text('.card-type'),
    name: text('.card-name'),
    also: text('.card-also'),
    description: text('.card-description'),
    articleRole: text('.card-role q'),
    facts: text('.card-facts'),
    mentions: text('.card-mentions'),
    firstMention: text('.card-first'),
    source: text('.card-source'),
    online: text('.card-online-area'),
    position: text('.card-nav-position'),
    buttons: [...card.querySelectorAll('button')].map((button) => {
      const box = button.getBoundingClientRect();
      const label = button.getAttribute('aria-label') ?? button.textContent;
      return { label, x: box.x + box.width / 2, y: box.y + box.height / 2 };
    }),
    focus: ((active: Element | null) =>
      active ? (active.getAttribute('aria-label') ?? active.getAttribute('class')) : null)(root.activeElement),
    status: text('[role="status"]'),
    elements: all.map((el) => el.localName),
    activeAttributes: all.flatMap((el) =>
      [...el.attributes]
        .filter((a) => /^(on|href$|src|action$|formaction$|srcdoc$|xlink:href$)/i.test(a.name))
        .map((a) => `${el.localName}[${a.name}=${a.value}]`),
    ),
  };
};

/** What the page's own script finds of our UI: the hosts, and how many of them let it into their shadow root. */
export function pageReachOfCard(page: Evaluates): Promise<{ hosts: number; openRoots: number }> {
  return page.evaluate(() => {
    const hosts = [...document.querySelectorAll('div[data-backstory-ui]')];
    return { hosts: hosts.length, openRoots: hosts.filter((host) => host.shadowRoot !== null).length };
  });
}

/** What the attack page's own script got: any shadow root's text it stole, what it built and called, and any element with the card's text. */
export function pageLoot(
  page: Evaluates,
): Promise<{ stolen: string[]; built: number; calls: string[]; hostsWithText: number }> {
  return page.evaluate(() => {
    const w = window as unknown as { __stolenText(): string[]; __attack: { built: number; calls: string[] } };
    const withText = [...document.querySelectorAll('*')].filter((el) =>
      /Mentioned \d+ times/.test(el.textContent ?? ''),
    );
    return {
      stolen: w.__stolenText(),
      built: w.__attack.built,
      calls: w.__attack.calls,
      hostsWithText: withText.length,
    };
  });
}
