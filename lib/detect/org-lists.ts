/**
 * Bodies whose names hold a list: "Ministry of Natural Resources, Ecology and
 * Technical Supervision", "United Nations Educational, Scientific and Cultural
 * Organization". The list is part of the name only when its shape says so.
 */
import { ORG_HEADS } from './lexicon/place-org-words';
import { lower, type Token } from './tokenize';

/** Heads whose "of" takes a list of portfolios. */
const PORTFOLIO_HEADS = new Set(['ministry', 'department', 'bureau', 'office', 'committee', 'commission', 'agency']);
/** Heads whose "of" takes a list of fields, one word each: "Academy of Allergy, Asthma and Immunology". */
const FIELD_HEADS = new Set([
  'academy',
  'society',
  'association',
  'college',
  'school',
  'institute',
  'council',
  'federation',
]);
const MAX_ITEMS = 4;
const MAX_ITEM_WORDS = 3;

/**
 * Where a list that continues the run at token j ends (its last token's index),
 * or -1: items of one to three capitalised words, then "and" and a last item.
 */
export function orgListEnd(
  run: Token[],
  tokens: Token[],
  j: number,
  text: string,
  isNameWord: (w: string) => boolean,
): number {
  const words = run.map((t) => lower(t.text));
  const portfolios = words.some((w, i) => PORTFOLIO_HEADS.has(w) && words[i + 1] === 'of');
  const fields = !portfolios && words.some((w, i) => FIELD_HEADS.has(w) && words[i + 1] === 'of');
  const itemWords = fields ? 1 : MAX_ITEM_WORDS;
  let k = j;
  for (let item = 0; item < MAX_ITEMS; item++) {
    let n = 0;
    while (n < itemWords && k < tokens.length && isNameWord((tokens[k] as Token).text)) {
      if (n > 0 && !/^[ \u00A0]$/.test(gap(tokens, k, text))) break;
      k++;
      n++;
    }
    if (n === 0 || k >= tokens.length) return -1;
    const next = tokens[k] as Token;
    const sep = gap(tokens, k, text);
    if (next.text === 'and' && (sep === ' ' || sep === ', ')) {
      const end = lastItemEnd(tokens, k + 1, text, isNameWord);
      if (end < 0) return -1;
      if (fields) return end === k + 1 ? end : -1;
      // Without a portfolio head, the list must end in the body's head: "… and Cultural Organization".
      return portfolios || ORG_HEADS.has(lower((tokens[end] as Token).text)) ? end : -1;
    }
    if (sep !== ', ') return -1;
  }
  return -1;
}

function lastItemEnd(tokens: Token[], k: number, text: string, isNameWord: (w: string) => boolean): number {
  let end = -1;
  for (let n = 0; n < MAX_ITEM_WORDS && k + n < tokens.length; n++) {
    const t = tokens[k + n] as Token;
    if (!isNameWord(t.text) || !/^[ \u00A0]$/.test(gap(tokens, k + n, text))) break;
    end = k + n;
  }
  return end;
}

const gap = (tokens: Token[], k: number, text: string): string =>
  text.slice((tokens[k - 1] as Token).end, (tokens[k] as Token).start);
