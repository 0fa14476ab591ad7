import { isBlockElement } from './element-kinds';
import { shadowRootOf } from './shadow-tree';

/**
 * The block a text node sits in (a paragraph, a list item), so that text of two blocks never joins. Only the
 * last parent's answer is kept: a map of every parent held a wrapper of ours for each, over 100,000 on a
 * 205,000-text-node page, and each wrapper held makes the collections and Blink's table of wrappers costlier.
 */
export function nearestBlockFinder(root: Element): (node: Node) => Element {
  let lastParent: Element | null = null;
  let lastBlock = root;
  return (node) => {
    const parent = node.parentElement;
    if (!parent || parent !== lastParent) {
      let el = parent;
      while (el && el !== root && !isBlockElement(el)) el = el.parentElement;
      // Inside a web component the climb ends at its shadow root: the component is the block.
      lastBlock = el ?? shadowRootOf(node)?.host ?? root;
      lastParent = parent;
    }
    return lastBlock;
  };
}
