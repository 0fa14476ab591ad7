/**
 * One read-only walk of the page that measures every element once: how much
 * text it holds, how much of that sits in links, its commas, and how many
 * paragraphs, list items, images, form fields and headings are inside it.
 * Everything the article reader weighs comes from these figures, so the page
 * is walked once, in steps, and never cloned or changed.
 */
import type { Steps } from '../steps';
import { isBlockElement, shouldSkipElement, UI_HOST_TAG } from '../text/element-kinds';
import { lastDescendant } from '../text/walk-place';
import { isStructuralChrome } from './is-page-chrome';

/** Nodes walked between two points where a sliced walk may pause. */
const NODES_PER_STEP = 300;
const SHOW_ELEMENT = 0x1;
const SHOW_TEXT = 0x4;
const TEXT_NODE = 3;
const COMMAS = /[,，、،]/g;
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

/** Counted kinds of element: each element adds one to its own kind's count in itself and its ancestors. */
export const KIND = { p: 0, li: 1, img: 2, input: 3, heading: 4, embed: 5, article: 6 } as const;
const KINDS = Object.keys(KIND).length;
const KIND_OF: Readonly<Record<string, number>> = {
  P: KIND.p,
  LI: KIND.li,
  IMG: KIND.img,
  PICTURE: KIND.img,
  INPUT: KIND.input,
  SELECT: KIND.input,
  TEXTAREA: KIND.input,
  BUTTON: KIND.input,
  H1: KIND.heading,
  H2: KIND.heading,
  H3: KIND.heading,
  H4: KIND.heading,
  H5: KIND.heading,
  H6: KIND.heading,
  IFRAME: KIND.embed,
  EMBED: KIND.embed,
  OBJECT: KIND.embed,
  VIDEO: KIND.embed,
  ARTICLE: KIND.article,
};

export interface PageStats {
  /** Every element walked, in document order; the body is 0. */
  elements: Element[];
  indexOf: Map<Element, number>;
  parent: Int32Array;
  /** How many elements lie inside each one: its subtree is the next `size` entries. */
  size: Int32Array;
  /** Text whose nearest block is this element (a paragraph's own words): characters, in links, commas. */
  ownChars: Float64Array;
  ownLinks: Float64Array;
  ownCommas: Float64Array;
  /** The same for everything inside the element. */
  chars: Float64Array;
  links: Float64Array;
  commas: Float64Array;
  /** Counts of each KIND inside the element (itself included), KINDS entries per element. */
  counts: Int32Array;
  /** The element is page chrome, or inside it. */
  chrome: Uint8Array;
}

export function count(stats: PageStats, i: number, kind: number): number {
  return stats.counts[i * KINDS + kind] ?? 0;
}

export function linkDensity(stats: PageStats, i: number): number {
  const chars = stats.chars[i] ?? 0;
  return chars > 0 ? (stats.links[i] ?? 0) / chars : 0;
}

function isHidden(el: Element): boolean {
  if (shouldSkipElement(el) || el.tagName.toUpperCase() === UI_HOST_TAG) return true;
  const style = el.getAttribute('style');
  return style !== null && HIDDEN_STYLE.test(style);
}

export function* pageStatsSteps(body: Element): Steps<PageStats> {
  const doc = body.ownerDocument;
  const elements: Element[] = [];
  const indexOf = new Map<Element, number>();
  const parents: number[] = [];
  const blockOf: number[] = [];
  const inLink: boolean[] = [];
  const chrome: number[] = [];
  const text: { block: number; link: boolean; chars: number; commas: number }[] = [];
  const add = (el: Element, parent: number) => {
    const i = elements.length;
    elements.push(el);
    indexOf.set(el, i);
    parents.push(parent);
    blockOf.push(parent < 0 || isBlockElement(el) ? i : (blockOf[parent] as number));
    inLink.push(el.tagName === 'A' || (parent >= 0 && (inLink[parent] as boolean)));
    // A form may wrap a whole page (some site builders do): forms are weighed by their fields instead.
    const isChrome = parent >= 0 && (chrome[parent] || (el.tagName !== 'FORM' && isStructuralChrome(el)));
    chrome.push(isChrome ? 1 : 0);
  };
  add(body, -1);
  const walker = doc.createTreeWalker(body, SHOW_ELEMENT | SHOW_TEXT);
  let walked = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (++walked % NODES_PER_STEP === 0) yield;
    const parent = node.parentNode ? indexOf.get(node.parentNode as Element) : undefined;
    if (parent === undefined) continue;
    if (node.nodeType === TEXT_NODE) {
      const data = (node as Text).data;
      const chars = data.trim().length;
      if (chars > 0) {
        const commas = data.match(COMMAS)?.length ?? 0;
        text.push({ block: blockOf[parent] as number, link: inLink[parent] as boolean, chars, commas });
      }
      continue;
    }
    const el = node as Element;
    if (isHidden(el)) walker.currentNode = lastDescendant(el);
    else add(el, parent);
  }
  return yield* totals(elements, indexOf, parents, chrome, text);
}

function* totals(
  elements: Element[],
  indexOf: Map<Element, number>,
  parents: number[],
  chromeFlags: number[],
  text: { block: number; link: boolean; chars: number; commas: number }[],
): Steps<PageStats> {
  const n = elements.length;
  const stats: PageStats = {
    elements,
    indexOf,
    parent: Int32Array.from(parents),
    size: new Int32Array(n),
    ownChars: new Float64Array(n),
    ownLinks: new Float64Array(n),
    ownCommas: new Float64Array(n),
    chars: new Float64Array(n),
    links: new Float64Array(n),
    commas: new Float64Array(n),
    counts: new Int32Array(n * KINDS),
    chrome: Uint8Array.from(chromeFlags),
  };
  for (const t of text) {
    bump(stats.ownChars, t.block, t.chars);
    bump(stats.ownCommas, t.block, t.commas);
    if (t.link) bump(stats.ownLinks, t.block, t.chars);
  }
  stats.chars.set(stats.ownChars);
  stats.links.set(stats.ownLinks);
  stats.commas.set(stats.ownCommas);
  // Children come after their parents, so one backward pass adds every subtree into its parent.
  for (let i = n - 1; i >= 0; i--) {
    if (i % (NODES_PER_STEP * 4) === 0) yield;
    const kind = KIND_OF[(elements[i] as Element).tagName.toUpperCase()];
    if (kind !== undefined) bump(stats.counts, i * KINDS + kind, 1);
    const p = stats.parent[i] as number;
    if (p < 0) continue;
    bump(stats.size, p, (stats.size[i] as number) + 1);
    bump(stats.chars, p, stats.chars[i] as number);
    bump(stats.links, p, stats.links[i] as number);
    bump(stats.commas, p, stats.commas[i] as number);
    for (let k = 0; k < KINDS; k++) bump(stats.counts, p * KINDS + k, stats.counts[i * KINDS + k] as number);
  }
  return stats;
}

function bump(array: Float64Array | Int32Array, i: number, by: number): void {
  array[i] = (array[i] ?? 0) + by;
}
