/** The sentence of a text around an offset: for a card's "first mention" line. */

/** Longest sentence shown; a longer one is cut at a word boundary around the mention. */
const MAX_SENTENCE_CHARS = 280;
// A full stop ends a sentence only before a space and a capital or a quote, and not after
// an initial or a title, so "U.S.", "J. K. Rowling" and "Dr. Nurova" stay inside it.
const END =
  /[.!?](?<!(?:^|[\s.])\p{Lu}[.!?]|\b(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Prof|Jr|Sr|Lt|Col|Capt|Gov|No|Vol)[.!?])["”’]?(?=\s+["“‘]?\p{Lu})|\n/gu;

/** Finds the sentence ends of a text once, for many lookups. */
export function sentences(text: string): (offset: number) => string {
  const ends: { stop: number; end: number }[] = [];
  for (const m of text.matchAll(END))
    ends.push({ stop: m.index + m[0].length, end: m[0] === '\n' ? m.index : m.index + m[0].length });
  return (offset) => {
    let lo = 0;
    let hi = ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((ends[mid] as { stop: number }).stop <= offset) lo = mid + 1;
      else hi = mid;
    }
    const start = lo > 0 ? (ends[lo - 1] as { stop: number }).stop : 0;
    const end = lo < ends.length ? (ends[lo] as { end: number }).end : text.length;
    return clip(text, start, end, offset);
  };
}

function clip(text: string, start: number, end: number, offset: number): string {
  const sentence = text.slice(start, end).trim();
  if (sentence.length <= MAX_SENTENCE_CHARS) return sentence;
  const from = Math.max(0, offset - start - MAX_SENTENCE_CHARS / 2);
  const cut = text.slice(start + from, start + from + MAX_SENTENCE_CHARS);
  return `${from > 0 ? '…' : ''}${cut.replace(/^\S*\s/, '').replace(/\s\S*$/, '')}…`;
}
