const DOCUMENT_FRAGMENT_NODE = 11;

/** The shadow root a node sits in, or null in the document (or a detached tree: a link has a "host" too). */
export function shadowRootOf(node: Node): ShadowRoot | null {
  const top = node.getRootNode();
  return top.nodeType === DOCUMENT_FRAGMENT_NODE && 'host' in top ? (top as ShadowRoot) : null;
}
