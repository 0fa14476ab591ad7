import { isBlockElement } from './element-kinds';
import { shadowRootOf } from './shadow-tree';

/** The block a text node sits in (a paragraph, a list item), so that text of two blocks never joins. */
export function nearestBlockFinder(root: Element): (node: Node) => Element {
  const cache = new Map<Element, Element>();
  return (node) => {
    const parent = node.parentElement;
    if (!parent) return hostOf(node) ?? root;
    const cached = cache.get(parent);
    if (cached) return cached;
    let el: Element | null = parent;
    while (el && el !== root && !isBlockElement(el)) el = el.parentElement;
    // Inside a web component the climb ends at its shadow root: the component is the block.
    const block = el ?? hostOf(parent) ?? root;
    cache.set(parent, block);
    return block;
  };
}

function hostOf(node: Node): Element | null {
  return shadowRootOf(node)?.host ?? null;
}
