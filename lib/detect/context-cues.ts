/** Clues around a name that tell what it is: a person, a place or an organisation. */
import type { EntityType } from '../model';
import { HUMAN_ACTS, PERSON_NOUNS, PERSON_TITLES, SPEECH_VERBS } from './lexicon/person-words';
import {
  LAW_HEADS,
  ORG_HEADS,
  ORG_NOUNS,
  ORG_TAILS,
  PLACE_HEADS,
  PLACE_LEADS,
  PLACE_NOUNS,
  PLACE_PREPOSITIONS,
} from './lexicon/place-org-words';
import { neighbourCue } from './neighbour-cues';
import { relationCue } from './relation-cues';
import { roleHead } from './roles';
import { followsTitleAbbreviation, headOf, isAcronym } from './shapes';
import { lower, type Token } from './tokenize';

const PHOTO_CREDIT = /(?:Photo(?:graph)?s?|Picture|Image|Credit|Illustration)\s*:\s*$/i;
const PHOTO_CREDIT_BEFORE_SLASH = /(?:Photo(?:graph)?s?|Picture|Image|Credit)\s*:[^:\n]*\/\s*$/i;

export interface CueInput {
  text: string;
  tokens: Token[];
  role: string | null;
}

export function contextCue({ text, tokens, role }: CueInput): EntityType | null {
  const head = tokens[0] as Token;
  const tail = tokens[tokens.length - 1] as Token;
  const single = tokens.length === 1;
  const words = tokens.map((t) => lower(t.text));
  // "Basic Law", "Treaty of Waitangi"; but "Bureau for Human Rights and Rule of Law" is the bureau.
  if (!single && isLawName(words)) return 'TERM';
  // "Eaton Fire", "Abenomics": named events and doctrines are explained, like terms.
  const event =
    !single &&
    (EVENT_HEADS.has(words[words.length - 1] as string) || EVENT_LEADS.has(words[0] as string)) &&
    !words.some((w) => ORG_HEADS.has(w));
  if (event || /\p{L}nomics$/u.test(head.text)) return 'TERM';
  // "Procter & Gamble", "Industrial Light & Magic": names joined by an ampersand are firms'.
  if (!single && text.slice(head.start, tail.end).includes('&')) return 'ORG';
  // "at Christie’s", "such as Brentano’s": a possessive owning no noun names a firm or a shop.
  if (/['’]s$/.test(tail.text)) return 'ORG';
  const before = text.slice(Math.max(0, head.start - 40), head.start);
  const previous = previousWord(before);
  if (previous === 'by' && /(^|\n)\s*By\s+$/.test(before)) return 'PERSON';
  // "(Reporting by Greg Roumeliotis, Joshua Franklin and Koh Gui Qing; editing by Martin Howell)": a credit lists people.
  if (CREDIT_LIST.test(text.slice(Math.max(0, head.start - 120), head.start))) return 'PERSON';
  // "Photo: Ellen Park/Lagos Lens Agency": a photographer, then an agency, whatever words their names hold.
  if (before.includes(':') && PHOTO_CREDIT.test(before))
    return single || words.some((w) => ORG_HEADS.has(w)) ? 'ORG' : 'PERSON';
  if (before.trimEnd().endsWith('/') && PHOTO_CREDIT_BEFORE_SLASH.test(before)) return 'ORG';
  // "International Space Station", "Union Square": a place's head word outweighs a body's word before it.
  const last = words[words.length - 1] as string;
  if (!single && PLACE_HEADS.has(last) && !ORG_HEADS.has(last) && !words.includes('of')) return 'PLACE';
  if (words.some((w) => ORG_HEADS.has(w)) || (!single && ORG_TAILS.has(words[words.length - 1] as string)))
    return 'ORG';
  // "Santa Ynez Reservoir", "Great Mosque of al-Nuri".
  if (!single && (PLACE_HEADS.has(headOf(words) as string) || PLACE_LEADS.has(words[0] as string))) return 'PLACE';
  if (role) {
    const noun = roleHead(role);
    if (PERSON_NOUNS.has(noun)) return 'PERSON';
    if (PLACE_NOUNS.has(noun)) return 'PLACE';
    if (ORG_NOUNS.has(noun)) return 'ORG';
  }
  // "New York City, NY", "Boise, ID": a state's postal code after a place and a comma.
  if (single && STATE_CODES.has(head.text) && /\p{Lu}\p{L}*,[ \u00A0]$/u.test(before)) return 'PLACE';
  const relation = relationCue(text, head.start, tail.end);
  if (relation) return relation;
  // "…, said Rusmik Oza"; but "told Newsweek" and "asked Apple" name the listener.
  if (isTitleBefore(previous, before) || (SPEECH_VERBS.has(previous) && !LISTENER_VERBS.has(previous))) return 'PERSON';
  // "its long-time leader Hassan Nasrallah", "a new prime minister, Nawaf Salam": a full name after a role noun.
  if (!single && isPersonNoun(previous || nounBeforeComma(before))) return 'PERSON';
  // "her brother Elie": kinship before a first name.
  if (KIN.has(previous)) return 'PERSON';
  if (PLACE_PREPOSITIONS.has(previous) && !(single && isAcronym(head.text))) return 'PLACE';
  const after = text.slice(tail.end, tail.end + 24);
  if (/^,\s+(?:who|whose|\d{1,3},)/.test(after)) return 'PERSON';
  // "— Ana Ruiz (@anaruiz)": a full name signing a post with its handle is a person's.
  if (!single && /^[ \u00A0]*\(@\w+\)/.test(after)) return 'PERSON';
  const next = after.match(/^,?\s+(\p{L}+)/u)?.[1]?.toLowerCase();
  // "the journal JAMA Psychiatry argued": the body's noun before the name outweighs the verb after it.
  if (ORG_NOUNS.has(previous) && !TRADES.has(previous)) return 'ORG';
  // Companies and governments "said" too: a speech verb marks a person only for a full name.
  if (next && (SPEECH_VERBS.has(next) || HUMAN_ACTS.test(after)) && !single) return 'PERSON';
  if (
    previous === 'of' &&
    /(?:\b(?:city|town|village|region|province|district|capital|republic|neighbourhood|neighborhood|suburb|island|county|state) of)\s+$/.test(
      before,
    )
  )
    return 'PLACE';
  const around = neighbourCue(text, head.start, tail.end, previous || nounBeforeComma(before));
  if (around) return around;
  if (!single && /^(?:19|20)\d\d$/.test(tail.text)) return 'TERM';
  return null;
}

/** "Basic Law", "Treaty of Waitangi", "Declaration on the Rights of …"; not "Bureau for … Rule of Law". */
function isLawName(words: string[]): boolean {
  if (words.some((w) => ORG_HEADS.has(w))) return false;
  const last = words[words.length - 1] as string;
  if (LAW_HEADS.has(last) || (last.endsWith('s') && LAW_HEADS.has(last.slice(0, -1)))) return true;
  return words.some((w, i) => LAW_HEADS.has(w) && (words[i + 1] === 'of' || words[i + 1] === 'on'));
}

/** "in Almaty", "from Centerra": a preposition suggests a place, and often wrongly. */
export function followsPlacePreposition(text: string, at: number): boolean {
  return PLACE_PREPOSITIONS.has(previousWord(text.slice(Math.max(0, at - 24), at)));
}

/** "in the Amazon", "across the Sahel": where "the" comes between, only these prepositions suggest a place. */
export const followsInThe = (text: string, at: number): boolean =>
  /\b(?:in|across|throughout|around|near)[ \u00A0]+the[ \u00A0]+$/i.test(text.slice(Math.max(0, at - 24), at));

/** The postal codes of the US states and DC. */
const STATE_CODES = new Set(
  `AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA
  RI SC SD TN TX UT VT VA WA WV WI WY`.split(/\s+/),
);

/** A news agency's credit line up to a name: its trade, "by", then any names before this one. */
const CREDIT_LIST =
  /\b(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Ee]dited|[Cc]ompiled|[Rr]esearch|[Pp]hotographs|[Tt]ranslated|[Pp]roduced)[ \u00A0]+by[ \u00A0]+(?:\p{Lu}[\p{L}'’.-]*(?:[ \u00A0]+\p{Lu}[\p{L}'’.-]*)*(?:,[ \u00A0]*|[ \u00A0]+and[ \u00A0]+))*$/u;

const EVENT_HEADS = new Set(
  `fire fires storm earthquake flood floods war massacre uprising revolution spring depression recession crisis
  pandemic epidemic bombing bombings shooting disaster riots olympics paralympics championship championships
  tournament festival summit expo exposition marathon cup finals`.split(/\s+/),
);
/** "Hurricane Sandy", "Typhoon Haiyan": a storm's name is an event's. */
const EVENT_LEADS = new Set(['hurricane', 'typhoon', 'cyclone', 'storm', 'tropical']);

/** Body nouns that also name a person's trade: "developer Ammar Askar", "producer Rick Rubin". */
const TRADES = new Set('developer producer operator publisher contractor supplier provider miner'.split(' '));

const LISTENER_VERBS = new Set(['told', 'asked', 'urged', 'warned']);

const KIN = new Set('brother sister son daughter wife husband mother father uncle aunt cousin nephew niece'.split(' '));

/** Titles that are also adjectives ("a major Seattle industry") count only when capitalised. */
const ADJECTIVE_TITLES = new Set(['major', 'general', 'chief', 'senior', 'junior', 'first', 'grand', 'high']);

function isTitleBefore(previous: string, before: string): boolean {
  const title = previous.split('-').pop() ?? '';
  if (!PERSON_TITLES.has(title)) return false;
  return !ADJECTIVE_TITLES.has(previous) || /\p{Lu}\p{L}*[\s\u00A0]*$/u.test(before);
}

const isPersonNoun = (word: string): boolean =>
  PERSON_NOUNS.has(word) || word.split('-').some((part) => PERSON_TITLES.has(part) || PERSON_NOUNS.has(part));

/** The word before a comma that ends the text: "minister" in "a new prime minister, ". */
function nounBeforeComma(before: string): string {
  const m = /(\p{L}[\p{L}-]*),[ \u00A0]+$/u.exec(before);
  return m ? (m[1] as string).toLowerCase() : '';
}

/** The word just before a name, lower-cased: "in", "said", "then-president", "mr" of "Mr. ". */
function previousWord(before: string): string {
  let end = before.length;
  while (end > 0 && isSpace(before.charCodeAt(end - 1))) end--;
  if (end === before.length) return '';
  if (before[end - 1] === '.' && followsTitleAbbreviation(before, before.length)) end--;
  let start = end;
  while (start > 0 && isWordChar(before, start - 1)) start--;
  return before.slice(start, end).toLowerCase();
}

const isSpace = (code: number) => code === 32 || code === 10 || code === 9 || code === 13 || code === 160;

function isWordChar(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  // Digits too: the word before "Century" in "the 21st Century" is "21st", not the saint's "st".
  if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 45)
    return true;
  return code > 127 && /\p{L}/u.test(text[at] as string);
}
