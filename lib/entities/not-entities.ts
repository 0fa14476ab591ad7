/**
 * Names that nothing in the article types and whose own shape says they are
 * not people, places or bodies: products ("Apple Pay", "Forza Horizon 3",
 * "Nintendo Switch Lite"), phrases of ordinary words capitalised as a heading
 * or for emphasis ("Navigation Roadblocks", "Special Editions"), adjectives
 * made from names ("Orwellian", "Keynesian"), hashtags and link codes. They
 * are left unhighlighted rather than shown without a type.
 */
import { PRODUCT_NOUNS } from '../detect/lexicon/place-org-words';
import { foldName } from '../names/fold';
import type { ReferenceIndex } from '../reference/reference-index';
import type { Cluster } from './clusters';
import { matchedTypes } from './matched-types';
import { CAMEL, isCompanyName } from './name-lists';

/** Words that name a model or edition of a product. */
const MODEL_WORDS = new Set('pro max mini lite plus ultra edition series se xl xr air touch one prime beta'.split(' '));
/** "Orwellian", "Keynesian", "Islamic", "Dickensian": adjectives and doctrines made from names. */
const DERIVED = /\p{Ll}(?:ian|ean|esque|ism|isms|ist|ists|ic|ics)$/u;
/** "XPxUJuyIAC", "Nc0nKoXGBP": codes of short links, not words. */
const LINK_CODE = /^(?=\S*\d)(?=\S*\p{Ll})(?=\S*\p{Lu}\S*\p{Lu})[\p{L}\d]{8,}$/u;
/** "D-Minn", "R-Texas": a lawmaker's party and state. */
const PARTY_STATE = /^[DRI]-\p{Lu}/u;

export function isUntypedNonName(forms: readonly string[], index: ReferenceIndex): boolean {
  // "Keyboard" after "Magic Keyboard": a form that ends a longer one is judged by that longer one.
  const whole = forms.filter((f) => !forms.some((g) => g.length > f.length && g.endsWith(` ${f}`)));
  return whole.every((form) => {
    const words = form.split(/[\s\u00A0]+/);
    if (words.some((w) => LINK_CODE.test(w)) || PARTY_STATE.test(form)) return true;
    const folded = words.map(foldName);
    const first = folded[0] as string;
    const firstName = index.isGivenName(first) || index.isWordGivenName(first);
    // "A330neo", "COVID-19": a word with a number in it is a model's or a code's.
    if (words.some((w) => /\d/.test(w))) return true;
    // "PlayStation", "JavaScript": a capital inside one word nothing types marks a product more often than a body.
    if (words.length === 1)
      return (isDerivedWord(form, first, index) || CAMEL.test(form)) && !firstName && !index.isCompany(first);
    // A product: a company's name with a model word or a number after it.
    // "Meta Quest Pro", "Nokia Lumia": a name the data knows as a company's, then a word no body's name ends in.
    if ((isCompanyName([words[0] as string], index) && !firstName) || isKnownCompany(words[0] as string, index))
      return true;
    if (folded.some((w) => MODEL_WORDS.has(w)) && !firstName) return true;
    // "Tor Browser", "Comic Sans Font": a name ending in a noun of made things.
    if (PRODUCT_NOUNS.has(folded[folded.length - 1] as string)) return true;
    const plain = (w: string) => FUNCTION_WORDS.has(w) || (/^\p{L}+$/u.test(w) && index.isOrdinaryWord(w));
    return (!firstName && folded.every(plain)) || isPlacePhrase(words, folded, plain, index);
  });
}

/** "U.S. Debt", "Paris Motor Show", "New York Today": a place's name and then ordinary words say something of the place. */
function isPlacePhrase(
  words: string[],
  folded: string[],
  plain: (w: string) => boolean,
  index: ReferenceIndex,
): boolean {
  for (let n = Math.min(3, words.length - 1); n >= 1; n--) {
    const types = matchedTypes(words.slice(0, n).join(' '), index);
    if (types.length > 0 && types.every((t) => t === 'PLACE')) return folded.slice(n).every(plain);
  }
  return false;
}

function isKnownCompany(word: string, index: ReferenceIndex): boolean {
  return matchedTypes(word, index).includes('ORG');
}

/** "Orwellian", or "Life-threatening", "Non-invasive": a word made from a name or two words, not a name. */
function isDerivedWord(form: string, folded: string, index: ReferenceIndex): boolean {
  const compound = /^\p{Lu}\p{Ll}*-(\p{Ll}{3,})$/u.exec(form);
  return DERIVED.test(form) || (compound !== null && index.isOrdinaryWord(compound[1] as string) && folded.length > 0);
}

/** Words WordNet leaves out, which a capitalised heading is full of: "Though It Were Written", "This Site". */
const FUNCTION_WORDS = new Set(
  `a an the this that these those it its it's i we you he she they my our your his her their what which who how why
  when where though although if as at by in on of to for from with and or but not no so is are was were be been
  being have has had do does did will would can could should may might must`.split(/\s+/),
);

/** "the Cassini spacecraft", "the drug Viaskin": a name the article sets beside a noun of made things is a product's. */
export const isProduct = (members: readonly Cluster[]): boolean =>
  members.some((m) =>
    m.candidates.some((c) => c.product || PRODUCT_NOUNS.has(c.descriptor?.split(' ').pop() as string)),
  );
