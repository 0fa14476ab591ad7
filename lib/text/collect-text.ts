/**
 * Walks an element's text nodes into one string, keeping a map from string
 * offsets back to the nodes so mentions found in the string can become Ranges.
 */
import { runSteps, type Steps, workCounter } from '../steps';
import { isInsideUnreadable, shouldSkipElement } from './element-kinds';
import { nearestBlockFinder } from './nearest-block';
import { lastDescendant, nodeBeforeMark } from './walk-place';
import { addText, type WalkState } from './walk-state';

/**
 * The joined text, and its text nodes with the offset of each one's first character in it. Kept as two arrays,
 * not an object per node: a 205,000-text-node page would allocate a hundred thousand objects to keep.
 */
export interface TextIndex {
  text: string;
  nodes: Text[];
  starts: number[];
  /** Open shadow roots of web components the text was read from. */
  shadowRoots?: ShadowRoot[];
}

// NodeFilter constants, spelled out: Node has no NodeFilter global.
const SHOW_ELEMENT = 0x1;
const SHOW_TEXT = 0x4;
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Whether a read leaves an element out, with everything inside it. */
export type SkipElement = (element: Element) => boolean;

export interface CollectOptions {
  /** Extra elements to leave out, e.g. our own UI host or page chrome. */
  skip?: SkipElement;
  /** Stops the walk at the first node past this many characters: more than a read sends to be detected. */
  maxChars?: number;
}

/** Nodes walked between two points where a sliced walk may pause: well under a millisecond's work. */
const NODES_PER_STEP = 200;

export function collectText(root: Element, options: CollectOptions = {}): TextIndex {
  return runSteps(collectTextSteps(root, options));
}

/** collectText as steps, for a walk that may be cut into slices; the page may change between them. */
export function* collectTextSteps(root: Element, options: CollectOptions = {}): Steps<TextIndex> {
  // The walker never filters its own root, so an editor or code block given as the root is refused here.
  if (isInsideUnreadable(root)) return { text: '', nodes: [], starts: [] };
  const state: WalkState = {
    parts: [],
    chunks: [],
    nodes: [],
    starts: [],
    length: 0,
    lastBlock: null,
    pendingBreak: false,
    lastText: null,
    blockOf: nearestBlockFinder(root),
    pause: workCounter(NODES_PER_STEP),
    shadowRoots: [],
  };
  // A web component given as the root (a region to read again) has its own tree read first.
  if (root.shadowRoot) yield* walkShadow(root.shadowRoot, state, options);
  yield* walkTree(root, state, options);
  // Joined a step's worth at a time as the walk went: one join of 200,000 parts would be a long step of its own.
  state.chunks.push(state.parts.join(''));
  // Megabytes of text still take tens of ms to join: a step of its own, where a sliced read may pause around it.
  yield;
  const text = state.chunks.join('');
  yield;
  return { text, nodes: state.nodes, starts: state.starts, shadowRoots: state.shadowRoots };
}

/**
 * One tree: the root's, or the open shadow root of a web component in it, which
 * a TreeWalker never enters. A component's own text is read before the page's
 * text it shows in its slots.
 */
function* walkShadow(shadow: ShadowRoot, state: WalkState, options: CollectOptions): Steps<void> {
  state.shadowRoots.push(shadow);
  state.pendingBreak = true;
  yield* walkTree(shadow, state, options);
  state.pendingBreak = true;
}

function* walkTree(root: Node, state: WalkState, options: CollectOptions): Steps<void> {
  const doc = (root.ownerDocument ?? root) as Document;
  // Skipped elements are stepped over here, not by a NodeFilter: a callback per element costs more than the walk.
  const walker = doc.createTreeWalker(root, SHOW_ELEMENT | SHOW_TEXT);
  const mark = doc.createRange();
  const max = options.maxChars ?? Number.POSITIVE_INFINITY;
  for (let node = walker.nextNode(); node && state.length < max; node = walker.nextNode()) {
    if (state.pause()) {
      mark.setStartBefore(node);
      state.chunks.push(state.parts.join(''));
      state.parts = [];
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
      if (shouldSkipElement(el) || options.skip?.(el)) walker.currentNode = lastDescendant(el);
      else if (el.tagName === 'BR') state.pendingBreak = true;
      else if (el.shadowRoot) yield* walkShadow(el.shadowRoot, state, options);
      continue;
    }
    if (node.nodeType === TEXT_NODE) addText(node as Text, state);
  }
}

/**
 * Finds the text node and offset for a position in the joined text: where a mention starts, or with `atEnd`
 * where one ends (the end of the node before, at a position between two nodes).
 */
export function locateOffset(index: TextIndex, offset: number, atEnd = false): { node: Text; offset: number } | null {
  const { nodes, starts } = index;
  let lo = 0;
  let hi = nodes.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const node = nodes[mid] as Text;
    const start = starts[mid] as number;
    const end = start + node.data.length;
    const inside = atEnd ? offset > start && offset <= end : offset >= start && offset < end;
    if (inside) return { node, offset: offset - start };
    if (offset < start || (atEnd && offset === start)) hi = mid - 1;
    else lo = mid + 1;
  }
  return null;
}
