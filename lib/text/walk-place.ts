/**
 * Where a walk of the page stands, kept across a pause in which the page may
 * change. A TreeWalker left on a node the page removed ends there, so the
 * rest of the article would go unread. A live Range's boundary follows the
 * page instead: when the node goes, with or without its ancestors, the
 * boundary moves to the place it stood, and the walk goes on from there with
 * whatever now stands in it.
 */

/**
 * The node to set a walker on so that its next node is what now stands at a
 * mark's start (set before the node the walk paused at); null if the mark has
 * left the walk's root.
 */
export function nodeBeforeMark(mark: Range, root: Node): Node | null {
  const { startContainer: parent, startOffset: offset } = mark;
  if (!root.contains(parent)) return null;
  const previous = offset > 0 ? parent.childNodes[offset - 1] : undefined;
  // From a node the walker goes on after its subtree; from the parent, into its first child.
  return previous ? lastDescendant(previous) : parent;
}

/** The last node inside a node, in document order; the node itself if it has none. */
export function lastDescendant(node: Node): Node {
  let last = node;
  // A template's content is no child of it, though some DOMs (happy-dom) answer lastChild with it.
  while (last.lastChild && last.lastChild.parentNode === last) last = last.lastChild;
  return last;
}
