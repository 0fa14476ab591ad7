/**
 * Evidence for a type from the pack's name lists and from the shape of a
 * name, for names that neither the reference data nor the words around them
 * explain.
 */
import { foldName } from '../names/fold';
import type { ReferenceIndex } from '../reference/reference-index';

type Lists = Pick<
  ReferenceIndex,
  'isCompany' | 'isWordGivenName' | 'isGivenName' | 'isPersonNameWord' | 'isOrdinaryWord' | 'lookup' | 'match'
>;

const LEGAL_FORMS = new Set(['inc', 'ltd', 'llc', 'plc', 'corp', 'co', 'sa', 'ag', 'gmbh', 'nv', 'ab']);
/** "SmartAsset.com", "Wired.com": a web address names the site's owner. */
const DOMAIN = /^[\p{L}\d-]+\.(?:com|net|org|io|co|tv)$/iu;
/** "WhatsApp", "PayPal", "LinkedIn": a capital inside a word; not "McCartney", "DeSantis" or "MacArthur". */
export const CAMEL = /^(?!Mc|Mac|De|Di|Da|La|Le|Van|Von|O['’])\p{Lu}\p{Ll}+\p{Lu}\p{L}*$/u;
/** "Lucasfilm", "Shutterstock", "Microsoft": endings that companies are named with. */
const COMPANY_ENDING = /\p{Ll}(?:film|films|soft|stock|media|works|tech|labs|mart|book)$/u;
/** "McCartney", "O'Keefe", "MacDonald": surnames by their shape. */
const SURNAME_SHAPE = /^(?:Mc|Mac|O['’])\p{Lu}\p{Ll}+$/u;
const INITIAL = /^\p{Lu}\.?$/u;
const ABSTRACT_NOUN = /\p{L}(?:ism|ity|ency|ancy|tion|sion|ness|ship|ment)$/u;

/** "Hermetic Order of the Golden Dawn", "Knights of Columbus", "Sons of Liberty": bodies named for their members. */
const MEMBERS_BODY = /(?:^|\s)(?:Order|Brotherhood|Sisterhood|Fraternity|Knights|Sons|Daughters) of\s/u;
export const isMembersBody = (name: string): boolean => MEMBERS_BODY.test(name);

/** "Costco", "Kroger Co.", "MakingStarWars.net", "WhatsApp": a company's one-word name or shape. */
export function isCompanyName(words: readonly string[], lists: Lists): boolean {
  const folded = words.map((w) => foldName(w).replace(/\.$/, ''));
  const legal = words.length === 2 && LEGAL_FORMS.has(folded[1] as string);
  if (words.length !== 1 && !legal) return isCompanyLastWord(folded, lists);
  const word = words[0] as string;
  return lists.isCompany(folded[0] as string) || DOMAIN.test(word) || CAMEL.test(word) || COMPANY_ENDING.test(word);
}

/**
 * "BHP Billiton", "Kestrel Tinto": two or three words that end in a word the company list holds, where the
 * first is no one's name ("Mark Cheng", "Ann Phillips" are people) and the last no ordinary word ("Gulf States").
 */
function isCompanyLastWord(folded: readonly string[], lists: Lists): boolean {
  const first = folded[0] as string;
  const last = folded[folded.length - 1] as string;
  if (folded.length > 3 || !lists.isCompany(last) || lists.isOrdinaryWord(last)) return false;
  return !(lists.isGivenName(first) || lists.isWordGivenName(first) || lists.isPersonNameWord(first));
}

/**
 * "John Gruber", "Trent Hamm", "Chang W. Lee", "Rolfe McCartney", "Hiroko
 * Masuike": a first name before a word that is not an ordinary word, a middle
 * initial, a surname's shape, or two words that are names and nothing else.
 * The words come as the article writes them.
 */
export function looksLikeFullName(words: readonly string[], lists: Lists): boolean {
  if (words.length < 2 || words.length > 3 || !words.every((w) => /^\p{Lu}/u.test(w))) return false;
  const folded = words.map(foldName);
  const first = folded[0] as string;
  const last = folded[folded.length - 1] as string;
  const lastWord = words[words.length - 1] as string;
  if (INITIAL.test(lastWord) || lists.isCompany(last)) return false;
  const isName = (w: string) => lists.isGivenName(w) || lists.isWordGivenName(w) || lists.isPersonNameWord(w);
  const plain = (w: string) => /^\p{L}+$/u.test(w) && !lists.isOrdinaryWord(w);
  if (words.length === 3 && INITIAL.test(words[1] as string)) return true;
  if (SURNAME_SHAPE.test(lastWord)) return true;
  // "Summer Olympics", "Great Depression": a first name that is also a word needs a surname the lists know.
  const wordLike = lists.isWordGivenName(first) || lists.isOrdinaryWord(first);
  const given = lists.isGivenName(first) || lists.isWordGivenName(first);
  if (given && (lists.isPersonNameWord(last) || (!wordLike && plain(last)))) return true;
  const plainNames = words.length === 2 && plain(first) && plain(last) && (isName(first) || isName(last));
  // "Roman Catholicism", "Ross Dependency": an abstract noun ends no person's name.
  if (!given || ABSTRACT_NOUN.test(last)) return plainNames;
  // "Nick Kyrgios": a first name that is also a word, before a word that is none and names nothing the data knows.
  if (first.length > 2 && plain(last) && !lists.lookup(lastWord)) return true;
  // "Taylor Swift": a first name that is no ordinary word nor a place, before a surname that is a word; no team ("Houston Rockets").
  if (
    !lists.isOrdinaryWord(first) &&
    words.length === 2 &&
    !isPluralWord(last, lists) &&
    !lists.match(words[0] as string)
  )
    return true;
  return plainNames;
}

/** "rockets", "suns": the plural of an ordinary word, as teams are named; "jones" and "williams" are not. */
const isPluralWord = (word: string, lists: Lists): boolean =>
  word.endsWith('s') && lists.isOrdinaryWord(word.slice(0, -1));
