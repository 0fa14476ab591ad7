/** Separates blocks so that words of two paragraphs never join into one name. */
const BLOCK_BREAK = '\n';

/** What a walk of the text has gathered so far, across the trees of the page and its components. */
export interface WalkState {
  /** The text of the nodes walked since the last pause; `chunks` holds what came before, joined a pause at a time. */
  parts: string[];
  chunks: string[];
  /** The text nodes read, and where each one's text starts in the joined text. */
  nodes: Text[];
  starts: number[];
  length: number;
  lastBlock: Element | null;
  pendingBreak: boolean;
  lastText: Text | null;
  blockOf: (node: Node) => Element;
  /** True when a walk has done a step's work: see workCounter. */
  pause: () => boolean;
  /** Open shadow roots the walk went into: their changes must be watched too. */
  shadowRoots: ShadowRoot[];
}

export function addText(text: Text, state: WalkState): void {
  const data = text.data;
  if (data.length === 0) return;
  const block = state.blockOf(text);
  const last = state.lastText;
  // "Credit" in one element and "Chang W. Lee" in the next read as one word when joined; a
  // lower-case letter running into a capital across elements is two words.
  // Only the last two code units are tested: a regular expression ending in $ reads the whole of a long node.
  const glued =
    last !== null &&
    last.parentNode !== text.parentNode &&
    /\p{Ll}$/u.test(last.data.slice(-2)) &&
    /^\p{Lu}/u.test(data);
  if (state.length > 0 && (state.pendingBreak || block !== state.lastBlock || glued)) {
    state.parts.push(BLOCK_BREAK);
    state.length += BLOCK_BREAK.length;
  }
  state.pendingBreak = false;
  state.lastBlock = block;
  state.lastText = text;
  state.nodes.push(text);
  state.starts.push(state.length);
  state.parts.push(data);
  state.length += data.length;
}
