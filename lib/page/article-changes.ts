/**
 * Reads a batch of mutation records into what the session must do: which
 * blocks of the article to read again, whether some text was removed or edited
 * (so mentions may have gone stale), and whether the article root itself left
 * the page. Changes to our own UI, to page chrome inside the article, and to
 * editors, form fields and code are left out.
 */
import { isPageChrome } from '../article/is-page-chrome';
import type { SkipElement } from '../text/collect-text';
import { isBlockElement, isInsideUnreadable, shouldSkipElement } from '../text/element-kinds';
import { shadowRootOf } from '../text/shadow-tree';

export interface ArticleChanges {
  /** Elements of the article to read again; none holds another. */
  regions: Element[];
  /** Text was removed or edited, so some mentions may no longer read as they did. */
  touched: boolean;
  /** The root left the page, or was moved in it (which collapses the ranges in it): read the page again. */
  rootMoved: boolean;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
/** Elements that hold blocks, though they are not blocks themselves. */
const HOLDS_BLOCKS = 'p, div, li, section, article, blockquote, h1, h2, h3, h4, h5, h6, figure, table, ul, ol';

/**
 * `skip` is what the read of the article leaves out (the reader's judgement, made once); a block
 * the page adds later is judged alone, by its tag, role, class and id as well.
 */
export function readChanges(
  records: MutationRecord[],
  root: Element,
  skip: SkipElement = isPageChrome,
): ArticleChanges {
  const regions = new Set<Element>();
  let touched = false;
  let moved = false;
  const ignored = ignoredFinder(root, skip);
  for (const record of records) {
    const target = record.target;
    const host = componentIn(target, root);
    if (host) {
      // A change inside a web component of the article: read the whole component again.
      if (!ignored(host)) regions.add(host);
      touched ||= record.type !== 'childList' || record.removedNodes.length > 0;
      continue;
    }
    if (!root.contains(target)) {
      // A change above the root: only one that put the root back somewhere matters here.
      if (record.type === 'childList') moved ||= [...record.addedNodes].some((n) => n.contains(root));
      continue;
    }
    if (record.type === 'attributes') {
      // An element became editable or hidden, or stopped being so: read it again, or forget it.
      regions.add(target as Element);
      touched = true;
      continue;
    }
    if (ignored(target)) continue;
    if (record.type === 'characterData') {
      touched = true;
      if (target.parentElement) regions.add(blockOf(target.parentElement, root));
      continue;
    }
    if (record.removedNodes.length > 0) touched = true;
    for (const node of record.addedNodes) {
      if (node.nodeType === ELEMENT_NODE && !ignored(node) && !isPageChrome(node as Element))
        regions.add(regionOf(node as Element, root));
      else if (node.nodeType === TEXT_NODE) regions.add(blockOf(target as Element, root));
    }
  }
  const rootMoved = moved || !root.isConnected;
  return { regions: outermost([...regions].filter((r) => r.isConnected)), touched, rootMoved };
}

/** Whether the article's text at this element is ours to read: not chrome, not hidden, no editor or code. */
export function isReadable(el: Element, root: Element, skip: SkipElement = isPageChrome): boolean {
  return !ignoredFinder(root, skip)(el);
}

/** An added block, or element holding blocks, is read alone; an inline one with its paragraph. */
function regionOf(el: Element, root: Element): Element {
  const standsAlone = isBlockElement(el) || el.tagName.includes('-') || el.querySelector(HOLDS_BLOCKS) !== null;
  return standsAlone ? el : blockOf(el, root);
}

function blockOf(el: Element, root: Element): Element {
  let node: Element | null = el;
  while (node && node !== root && !isBlockElement(node)) node = node.parentElement;
  return node ?? root;
}

/** The outermost web component in the article whose shadow tree holds the node, if the node is in one. */
function componentIn(node: Node, root: Element): Element | null {
  let host: Element | null = null;
  for (let shadow = shadowRootOf(node); shadow; shadow = shadowRootOf(shadow.host)) host = shadow.host;
  return host && root.contains(host) ? host : null;
}

/** Drops every region that sits inside another one. */
function outermost(regions: Element[]): Element[] {
  return regions.filter((r) => !regions.some((other) => other !== r && other.contains(r)));
}

/**
 * Whether a node is our own UI, or sits in page chrome, hidden content, an
 * editor, a form field or code in the article. Answers are cached for one
 * batch: a keystroke in an editor can bring hundreds of records.
 */
function ignoredFinder(root: Element, skip: SkipElement): (node: Node) => boolean {
  const cache = new Map<Element, boolean>();
  const elementIgnored = (el: Element): boolean => {
    const known = cache.get(el);
    if (known !== undefined) return known;
    let answer: boolean;
    if (el === root) answer = isInsideUnreadable(root);
    else if (shouldSkipElement(el) || skip(el)) answer = true;
    else answer = el.parentElement ? elementIgnored(el.parentElement) : true;
    cache.set(el, answer);
    return answer;
  };
  return (node) => {
    const el = node.nodeType === ELEMENT_NODE ? (node as Element) : node.parentElement;
    return el ? elementIgnored(el) : true;
  };
}
