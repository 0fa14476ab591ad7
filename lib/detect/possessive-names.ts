/**
 * Names that hold a possessive or a lower-case head word: "People’s Liberation
 * Army", "at Christie’s", "the Communist party".
 */
import { HOLIDAYS, POSSESSIVE_OWNERS } from './lexicon/common-words';
import { PERSON_TITLES } from './lexicon/person-words';
import { ORG_HEADS, PLACE_HEADS } from './lexicon/place-org-words';
import { words } from './lexicon/words';
import { lower, type Token } from './tokenize';

const NAME_GAP = /^[ \u00A0]$/;
/** The last two words of the holidays: "mother day", "year eve". */
const HOLIDAY_ENDS = new Set([...HOLIDAYS].map((h) => h.split(' ').slice(-2).join(' ')));
/** The words before a one-word run where a shop or a site stands: "at", "near", "outside". */
const SITE_BEFORE = /\b(?:at|near|outside|inside)[ \u00A0]+$/i;

export function joinsPossessive(
  isNameWord: (word: string) => boolean,
  prev: Token,
  next: Token,
  gap: string,
  before = '',
): boolean {
  if (!/^['’]s[ \u00A0]$/.test(gap) || !isNameWord(next.text)) return false;
  const owner = lower(prev.text);
  const head = lower(next.text);
  // "People’s Liberation Army", "Women's March": a capitalised people's possessive opens a name, whatever follows.
  // "Mother’s Day", "New Year’s Eve": a day named for someone is one name, and a holiday.
  if (POSSESSIVE_OWNERS.has(owner) || HOLIDAY_ENDS.has(`${owner} ${head}`)) return true;
  // "shoppers at Sam’s Club", "near Fisherman’s Terminal": a one-word possessive where a place stands, before
  // the head of a body's or a place's name; not "in Britain’s Parliament", whose owner is its own name.
  if (SITE_BEFORE.test(before) && (ORG_HEADS.has(head) || PLACE_HEADS.has(head))) return true;
  return ORG_HEADS.has(lower(next.text)) && owner.split(/[-‐]/).every((part) => PERSON_TITLES.has(part));
}

/** "the Communist party", "the Democratic Progressive party": a party's name, its head word in lower case. */
const PARTY_ADJECTIVES = words(`
  communist socialist democratic republican conservative labour labor liberal progressive nationalist national
  green unionist libertarian populist
`);

export function joinsPartyWord(run: Token[], next: Token | undefined, text: string): boolean {
  const last = run[run.length - 1] as Token;
  return (
    next?.text === 'party' && NAME_GAP.test(text.slice(last.end, next.start)) && PARTY_ADJECTIVES.has(lower(last.text))
  );
}

/**
 * "auctioned at Christie’s in 2006", "bookstores such as Brentano’s,": a
 * possessive where a place or a firm stands, owning no noun, is a shop's or a
 * firm's name ("’s" of "is" and "has" is followed by a word). Not after
 * "from", where it is a comparison's as often ("differs from Biden's, which").
 */
export function isShopName(run: Token[], text: string): boolean {
  const first = run[0] as Token;
  const last = run[run.length - 1] as Token;
  if (
    run.length > 3 ||
    !/^['’]s(?:[,;:)]|\.(?!\w)|[ \u00A0]+(?:in|on|and|or|for|to|with|since)\b)/.test(
      text.slice(last.end, last.end + 10),
    )
  )
    return false;
  return /\b(?:at|such as)[ \u00A0]+$/i.test(text.slice(Math.max(0, first.start - 10), first.start));
}

/** The run's last word with the possessive that makes it a firm's name. */
export const ownerToken = (last: Token, text: string): Token => ({
  start: last.start,
  end: last.end + 2,
  text: text.slice(last.start, last.end + 2),
});
