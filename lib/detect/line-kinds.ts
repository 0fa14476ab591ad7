/**
 * Tells prose lines from Title Case headlines and lines in capitals. A headline
 * capitalises ordinary words, so its capitals say nothing about names.
 */
export type LineKind = 'prose' | 'headline' | 'shout';

/** Short words that headlines may leave in lower case. */
const SMALL_WORDS =
  /^(a|an|the|and|or|but|of|in|on|at|to|for|by|with|from|as|is|are|was|its|into|over|after|than|amid|about)$/i;
const SIGNIFICANT = 3;
/** Share of a line's significant words that must be capitalised for it to read as a headline. */
const HEADLINE_SHARE = 0.85;
const SHOUT_SHARE = 0.85;
const MAX_HEADLINE_CHARS = 200;
const CREDIT_LABEL =
  /^(?:Photo(?:graph)?s?|Pictures?|Images?|Credits?|Caption|Source|Illustration|Video)\s*:|\b(?:Photo|Credit|Caption)\s*:/i;

export interface LineMap {
  kindAt(offset: number): LineKind;
}

/** Lines are classified on first use: most lines hold no capitalised run at all. */
export function classifyLines(text: string): LineMap {
  const starts: number[] = [0];
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  const kinds = new Map<number, LineKind>();
  return {
    kindAt(at) {
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if ((starts[mid] as number) <= at) lo = mid;
        else hi = mid - 1;
      }
      let kind = kinds.get(lo);
      if (kind === undefined) {
        const end = lo + 1 < starts.length ? (starts[lo + 1] as number) - 1 : text.length;
        kind = kindOf(text.slice(starts[lo] as number, end));
        kinds.set(lo, kind);
      }
      return kind;
    },
  };
}

function kindOf(line: string): LineKind {
  // Headlines, kickers and section lines are short; a paragraph is prose.
  if (line.length > MAX_HEADLINE_CHARS) return 'prose';
  const trimmed = line.trim();
  const letters = trimmed.replace(/[^\p{L}]/gu, '');
  if (letters.length >= 8 && /\s/.test(trimmed)) {
    const upper = letters.replace(/[^\p{Lu}]/gu, '').length;
    if (upper / letters.length > SHOUT_SHARE) return 'shout';
  }
  // Bylines ("By Anna Petrova, Almaty") and credits ("Photo: Tunde Akinola/Lagos Lens") are all
  // names, and their capitals mean what they say.
  if (/^By\s/.test(trimmed) || CREDIT_LABEL.test(trimmed) || trimmed.includes('/')) return 'prose';
  const sentences = trimmed.split(/(?<=[.!?])\s+/);
  // A sentence full of names ends in a full stop; a headline of two Title Case sentences may too.
  // "… Havoc Underneath N.Y.C.": the stop of an abbreviation ends no sentence.
  if (/[.!"”]$/.test(trimmed) && !/(?:\p{Lu}\.){2,}$/u.test(trimmed) && sentences.length < 2) return 'prose';
  if (!sentences.every(isTitleCase)) return 'prose';
  const share = titleCaseShare(trimmed);
  return share !== null && share >= HEADLINE_SHARE ? 'headline' : 'prose';
}

function isTitleCase(sentence: string): boolean {
  const share = titleCaseShare(sentence);
  return share === null || share >= HEADLINE_SHARE;
}

/** Share of the significant words, after the first, that are capitalised; null when too few to tell. */
function titleCaseShare(text: string): number | null {
  const significant = (text.match(/[\p{L}][\p{L}'’-]*/gu) ?? [])
    .slice(1)
    .filter((w) => w.length >= 4 && !SMALL_WORDS.test(w));
  if (significant.length < SIGNIFICANT) return null;
  return significant.filter((w) => /^\p{Lu}/u.test(w)).length / significant.length;
}
