/**
 * One read-only walk of the page that measures every element once: how much
 * text it holds, how much of that sits in links, and its commas.
 * Everything the article reader weighs comes from these figures, so the page
 * is walked once, in steps, and never cloned or changed.
 */
import { type Steps, workCounter } from '../steps';
import { isBlockElement } from '../text/element-kinds';
import { isHiddenByMarkup } from './is-hidden';
import { isStructuralChrome } from './is-page-chrome';

/** Nodes walked between two points where a sliced walk may pause. */
const NODES_PER_STEP = 300;
/** Elements or text runs summed per step: sums cost less than a node of the walk. */
const SUMS_PER_STEP = 1200;
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const COMMAS = /[,，、،]/g;
/**
 * A link holding more text than this is not a pointer to another page but a story wrapped in a
 * link (broken markup, or a whole card made clickable): its words do not count as link text.
 */
const MAX_LINK_CHARS = 400;

export interface PageStats {
  /** Every element walked, in document order; the body is 0. */
  elements: Element[];
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
  /** The element is page chrome, or inside it. */
  chrome: Uint8Array;
  /** The indexes of the article elements, in page order. */
  articles: number[];
}

export function* pageStatsSteps(body: Element): Steps<PageStats> {
  const elements: Element[] = [];
  const parents: number[] = [];
  const blockOf: number[] = [];
  const linkOf: number[] = [];
  const chrome: number[] = [];
  const text: TextRun[] = [];
  const articles: number[] = [];
  const add = (el: Element, parent: number): number => {
    const i = elements.length;
    if (el.tagName === 'ARTICLE') articles.push(i);
    elements.push(el);
    parents.push(parent);
    blockOf.push(parent < 0 || isBlockElement(el) ? i : (blockOf[parent] as number));
    linkOf.push(el.tagName === 'A' ? i : parent >= 0 ? (linkOf[parent] as number) : -1);
    // A form may wrap a whole page (some site builders do): forms are weighed by their fields instead.
    const isChrome = parent >= 0 && (chrome[parent] || (el.tagName !== 'FORM' && isStructuralChrome(el)));
    chrome.push(isChrome ? 1 : 0);
    return i;
  };
  add(body, -1);
  // Walked by sibling pointers, each frame knowing its parent without a lookup. Indexing child lists instead
  // made Chromium build a list object per element: several times the cost, and pauses to collect them.
  const stack: { next: ChildNode | null; parent: number }[] = [{ next: body.firstChild, parent: 0 }];
  const pause = workCounter(NODES_PER_STEP);
  while (stack.length > 0) {
    const frame = stack[stack.length - 1] as (typeof stack)[number];
    const node = frame.next;
    if (!node) {
      stack.pop();
      continue;
    }
    if (pause()) {
      yield;
      // The page changed this list meanwhile: measure what was walked, and no more.
      if (node.parentNode !== elements[frame.parent]) break;
    }
    frame.next = node.nextSibling;
    if (node.nodeType === TEXT_NODE) {
      addText(text, (node as Text).data, blockOf[frame.parent] as number, linkOf[frame.parent] as number);
    } else if (node.nodeType === ELEMENT_NODE && !isHiddenByMarkup(node as Element)) {
      const i = add(node as Element, frame.parent);
      const first = node.firstChild;
      if (first) stack.push({ next: first, parent: i });
    }
  }
  return { ...(yield* totals(elements, parents, chrome, text)), articles };
}

interface TextRun {
  block: number;
  /** The link the text is in, or -1. */
  link: number;
  chars: number;
  commas: number;
}

function addText(runs: TextRun[], data: string, block: number, link: number): void {
  const chars = data.trim().length;
  if (chars > 0) runs.push({ block, link, chars, commas: data.match(COMMAS)?.length ?? 0 });
}

function* totals(
  elements: Element[],
  parents: number[],
  chromeFlags: number[],
  text: TextRun[],
): Steps<Omit<PageStats, 'articles'>> {
  const n = elements.length;
  const stats = {
    elements,
    parent: Int32Array.from(parents),
    size: new Int32Array(n),
    ownChars: new Float64Array(n),
    ownLinks: new Float64Array(n),
    ownCommas: new Float64Array(n),
    chars: new Float64Array(n),
    links: new Float64Array(n),
    commas: new Float64Array(n),
    chrome: Uint8Array.from(chromeFlags),
  };
  const pause = workCounter(SUMS_PER_STEP);
  const linkChars = new Map<number, number>();
  for (const t of text) {
    if (pause()) yield;
    if (t.link >= 0) linkChars.set(t.link, (linkChars.get(t.link) ?? 0) + t.chars);
  }
  for (const t of text) {
    if (pause()) yield;
    bump(stats.ownChars, t.block, t.chars);
    bump(stats.ownCommas, t.block, t.commas);
    if (t.link >= 0 && (linkChars.get(t.link) ?? 0) <= MAX_LINK_CHARS) bump(stats.ownLinks, t.block, t.chars);
  }
  stats.chars.set(stats.ownChars);
  stats.links.set(stats.ownLinks);
  stats.commas.set(stats.ownCommas);
  // Children come after their parents, so one backward pass adds every subtree into its parent.
  for (let i = n - 1; i >= 0; i--) {
    if (pause()) yield;
    const p = stats.parent[i] as number;
    if (p < 0) continue;
    bump(stats.size, p, (stats.size[i] as number) + 1);
    bump(stats.chars, p, stats.chars[i] as number);
    bump(stats.links, p, stats.links[i] as number);
    bump(stats.commas, p, stats.commas[i] as number);
  }
  return stats;
}

function bump(array: Float64Array | Int32Array, i: number, by: number): void {
  array[i] = (array[i] as number) + by;
}
