/** The sentence of a text around an offset: for a card's "first mention" line. */

/** Longest sentence shown; a longer one is cut at a word boundary around the mention. */
const MAX_SENTENCE_CHARS = 280;
// A full stop ends a sentence only before a space and a capital or a quote, and not after
// an initial or a title, so "U.S.", "J. K. Rowling" and "Dr. Nurova" stay inside it.
const END =
  /(?<!(?:^|[\s.])\p{Lu}|\b(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Prof|Jr|Sr|Lt|Col|Capt|Gov|No|Vol))[.!?]["”’]?(?=\s+["“‘]?\p{Lu})|\n/gu;

export function sentenceAt(text: string, offset: number): string {
  let start = 0;
  let end = text.length;
  for (const m of text.matchAll(END)) {
    const stop = m.index + m[0].length;
    if (stop <= offset) start = stop;
    else {
      end = m[0] === '\n' ? m.index : stop;
      break;
    }
  }
  let sentence = text.slice(start, end).trim();
  if (sentence.length > MAX_SENTENCE_CHARS) {
    const from = Math.max(0, offset - start - MAX_SENTENCE_CHARS / 2);
    const cut = text.slice(start + from, start + from + MAX_SENTENCE_CHARS);
    sentence = `${from > 0 ? '…' : ''}${cut.replace(/^\S*\s/, '').replace(/\s\S*$/, '')}…`;
  }
  return sentence;
}
