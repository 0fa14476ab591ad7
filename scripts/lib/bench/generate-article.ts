/**
 * Builds long articles for the scaling bench out of corpus paragraphs. Each
 * pass over the paragraphs shuffles their order and rotates their sentences,
 * so a 20,000-word article is not the same 600 words over and over (which
 * would flatter any cache keyed on sentences). A fixed seed keeps every run
 * of the bench timing the same text.
 */

/** Body paragraphs only: headlines, bylines and captions are too short to matter. */
const MIN_PARAGRAPH_WORDS = 20;
const SENTENCE_END = /(?<=[.!?]["”’)]?)\s+(?=["“‘(]?\p{Lu})/u;

export function paragraphsOf(texts: readonly string[]): string[] {
  return texts
    .flatMap((text) => text.split(/\n+/))
    .map((p) => p.trim())
    .filter((p) => countWords(p) >= MIN_PARAGRAPH_WORDS);
}

export function countWords(text: string): number {
  const trimmed = text.trim();
  return trimmed.length === 0 ? 0 : trimmed.split(/\s+/).length;
}

/** xorshift32: tiny, fast and the same on every machine, which is all a bench needs. */
function randomSource(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state / 2 ** 32;
  };
}

function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

function rotateSentences(paragraph: string, by: number): string {
  const sentences = paragraph.split(SENTENCE_END);
  if (sentences.length < 2) return paragraph;
  const k = by % sentences.length;
  return [...sentences.slice(k), ...sentences.slice(0, k)].join(' ');
}

/** An article of exactly `words` words, paragraphs separated by blank lines. */
export function generateArticle(paragraphs: readonly string[], words: number, seed = 2024): string {
  if (paragraphs.length === 0) throw new Error('generateArticle needs at least one paragraph');
  const random = randomSource(seed);
  const out: string[] = [];
  let total = 0;
  for (let pass = 0; total < words; pass++) {
    for (const paragraph of shuffled(paragraphs, random)) {
      const varied = rotateSentences(paragraph, pass);
      const n = countWords(varied);
      if (total + n <= words) {
        out.push(varied);
        total += n;
      } else {
        out.push(
          varied
            .split(/\s+/)
            .slice(0, words - total)
            .join(' '),
        );
        total = words;
      }
      if (total >= words) break;
    }
  }
  return out.join('\n\n');
}
