/** The live Range of a mention found in a text read from the page. */
import type { Candidate } from '../detect/find-names';
import { locateOffset, type TextIndex } from '../text/collect-text';

/** Null if the page changed the text since it was read: the change will be read again. */
export function rangeOf(doc: Document, index: TextIndex, candidate: Candidate): Range | null {
  const start = locateOffset(index, candidate.start);
  const end = locateOffset(index, candidate.end, true);
  if (!start || !end) return null;
  try {
    const range = doc.createRange();
    range.setStart(start.node, start.offset);
    range.setEnd(end.node, end.offset);
    return range.toString() === index.text.slice(candidate.start, candidate.end) ? range : null;
  } catch {
    // An offset past the end of a text node the page shortened meanwhile.
    return null;
  }
}
