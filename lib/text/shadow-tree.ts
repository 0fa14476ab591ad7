const DOCUMENT_FRAGMENT_NODE = 11;

/** The shadow root a node sits in, or null in the document (or a detached tree: a link has a "host" too). */
export function shadowRootOf(node: Node): ShadowRoot | null {
  const top = node.getRootNode();
  return top.nodeType === DOCUMENT_FRAGMENT_NODE && 'host' in top ? (top as ShadowRoot) : null;
}

/**
 * Whether a node lies under any of some elements, counting a web component's shadow tree as inside its host. The
 * climb past shadow roots is made once for all of them: a live page's edits are checked against every mention.
 */
export function insideAny(ancestors: Node[], node: Node): boolean {
  for (let at: Node | null = node; at; at = shadowRootOf(at)?.host ?? null) {
    const here = at;
    if (ancestors.some((a) => a.contains(here))) return true;
  }
  return false;
}

/** The element a node's climb goes to next: its parent, or past a shadow root to the component's host. */
export function parentAcrossShadows(node: Node): Element | null {
  return node.parentElement ?? shadowRootOf(node)?.host ?? null;
}
