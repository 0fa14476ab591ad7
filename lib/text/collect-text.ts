/**
 * Walks an element's text nodes into one string, keeping a map from string
 * offsets back to the nodes so mentions found in the string can become Ranges.
 */
import { runSteps, type Steps } from '../steps';
import { isBlockElement, isInsideUnreadable, shouldSkipElement } from './element-kinds';
import { lastDescendant, nodeBeforeMark } from './walk-place';

export interface TextSegment {
  node: Text;
  /** Offset of the node's first character in the joined text. */
  start: number;
}

export interface TextIndex {
  text: string;
  segments: TextSegment[];
}

/** Separates blocks so that words of two paragraphs never join into one name. */
const BLOCK_BREAK = '\n';

// NodeFilter constants, spelled out because happy-dom and browsers agree on them
// but Node has no NodeFilter global.
const SHOW_ELEMENT = 0x1;
const SHOW_TEXT = 0x4;
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

export interface CollectOptions {
  /** Extra elements to leave out, e.g. our own UI host or page chrome. */
  skip?: (element: Element) => boolean;
}

/** Nodes walked between two points where a sliced walk may pause: well under a millisecond's work. */
const NODES_PER_STEP = 200;

export function collectText(root: Element, options: CollectOptions = {}): TextIndex {
  return runSteps(collectTextSteps(root, options));
}

/** collectText as steps, for a walk that may be cut into slices; the page may change between them. */
export function* collectTextSteps(root: Element, options: CollectOptions = {}): Steps<TextIndex> {
  // The walker never filters its own root, so an editor or code block given as the root is refused here.
  if (isInsideUnreadable(root)) return { text: '', segments: [] };
  const doc = root.ownerDocument;
  const extraSkip = options.skip;
  // Skipped elements are stepped over here rather than by a NodeFilter: the browser calling
  // back into script for every element of a large page costs more than the walk itself.
  const walker = doc.createTreeWalker(root, SHOW_ELEMENT | SHOW_TEXT);
  const parts: string[] = [];
  const segments: TextSegment[] = [];
  let length = 0;
  let lastBlock: Element | null = null;
  let pendingBreak = false;
  let lastText: Text | null = null;
  const blockOf = nearestBlockFinder(root);
  const mark = doc.createRange();
  let walked = 0;

  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (++walked % NODES_PER_STEP === 0) {
      mark.setStartBefore(node);
      yield;
      // The page removed the node meanwhile: go on with what stands in its place now.
      if (!root.contains(node)) {
        const before = nodeBeforeMark(mark, root);
        if (!before) break;
        walker.currentNode = before;
        continue;
      }
    }
    if (node.nodeType === ELEMENT_NODE) {
      const el = node as Element;
      // The walker goes on after the element's last descendant: past everything inside it.
      if (shouldSkipElement(el) || extraSkip?.(el)) walker.currentNode = lastDescendant(el);
      else if (el.tagName === 'BR') pendingBreak = true;
      continue;
    }
    if (node.nodeType !== TEXT_NODE) continue;
    const text = node as Text;
    const data = text.data;
    if (data.length === 0) continue;
    const block = blockOf(text);
    // "Credit" in one element and "Chang W. Lee" in the next read as one word when joined; a
    // lower-case letter running into a capital across elements is two words.
    const glued =
      lastText !== null &&
      lastText.parentNode !== text.parentNode &&
      /\p{Ll}$/u.test(lastText.data) &&
      /^\p{Lu}/u.test(data);
    if (length > 0 && (pendingBreak || block !== lastBlock || glued)) {
      parts.push(BLOCK_BREAK);
      length += BLOCK_BREAK.length;
    }
    pendingBreak = false;
    lastBlock = block;
    lastText = text;
    segments.push({ node: text, start: length });
    parts.push(data);
    length += data.length;
  }
  return { text: parts.join(''), segments };
}

function nearestBlockFinder(root: Element): (node: Node) => Element {
  const cache = new Map<Element, Element>();
  return (node) => {
    const parent = node.parentElement;
    if (!parent) return root;
    const cached = cache.get(parent);
    if (cached) return cached;
    let el: Element | null = parent;
    while (el && el !== root && !isBlockElement(el)) el = el.parentElement;
    const block = el ?? root;
    cache.set(parent, block);
    return block;
  };
}

/** Finds the text node and offset for a position in the joined text. */
export function locateOffset(
  index: TextIndex,
  offset: number,
  bias: 'start' | 'end',
): { node: Text; offset: number } | null {
  const { segments } = index;
  let lo = 0;
  let hi = segments.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const seg = segments[mid] as TextSegment;
    const end = seg.start + seg.node.data.length;
    const inside = bias === 'start' ? offset >= seg.start && offset < end : offset > seg.start && offset <= end;
    if (inside) return { node: seg.node, offset: offset - seg.start };
    if (offset < seg.start || (bias === 'end' && offset === seg.start)) hi = mid - 1;
    else lo = mid + 1;
  }
  return null;
}
