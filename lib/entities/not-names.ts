/**
 * Capitalised words that are not the names of entities: the people of a place
 * ("New Yorkers", "Alaskan"), party members and believers ("Republicans",
 * "Catholic", "Salafists"), and ordinary words that a heading or a menu
 * capitalised ("Paper", "Hungry") when nothing in the article types them.
 */
import type { Candidate } from '../detect/find-names';
import { words } from '../detect/lexicon/words';
import { isAcronym } from '../detect/shapes';
import { foldName } from '../names/fold';
import type { ReferenceIndex } from '../reference/reference-index';

const MEMBERS = words(`
  republican democrat tory conservative liberal labourite socialist communist fascist marxist maoist
  islamist salafist jihadist wahhabi catholic protestant evangelical mormon hindu buddhist sikh
  muslim christian jew orthodox lutheran anglican methodist baptist quaker soviet freemason
  loyalist unionist nationalist republican royalist zionist
`);

/** People of a place: "New Yorkers", "Seattleites", "Alaskan", "Californians", "Texans", "Parisians". */
const PEOPLE_OF = [
  [/ers$/, ''],
  [/ites$/, ''],
  [/ians?$/, 'ia'],
  [/ians?$/, ''],
  [/ns?$/, ''],
  [/ans?$/, 'as'],
  [/ans?$/, 'a'],
] as const;

export function isGroupNoun(c: Candidate, reference: ReferenceIndex): boolean {
  const parts = c.form.split(/[\s\u00A0]+/);
  const last = foldName(parts[parts.length - 1] as string);
  const singular = last.endsWith('s') ? last.slice(0, -1) : last;
  if (parts.length <= 2 && (MEMBERS.has(last) || MEMBERS.has(singular))) return true;
  if (parts.length > 4 || c.cue || reference.lookup(c.form)) return false;
  // "British New Zealanders": a plural people word may end a longer run ("Cristian Garin" is no "Gari" people).
  for (let n = Math.min(parts.length, 3); n >= 1; n--) {
    const people = parts.slice(-n).join(' ');
    if (n < parts.length && !/\p{L}s$/u.test(people)) break;
    if (PEOPLE_OF.some(([ending, stem]) => ending.test(people) && isPlace(people.replace(ending, stem), reference)))
      return true;
  }
  return false;
}

/**
 * "a Virginia Democrat", "two Texas Republicans": the member word says what the
 * person is, and the place before it is the state they come from. The place is
 * kept as a mention of its own; the rest is a group noun.
 */
export function placeOfMember(c: Candidate, reference: ReferenceIndex): Candidate | null {
  const parts = c.form.split(/[\s\u00A0]+/);
  if (parts.length < 2 || parts.length > 4) return null;
  const last = foldName(parts[parts.length - 1] as string);
  if (!MEMBERS.has(last) && !MEMBERS.has(last.replace(/s$/, ''))) return null;
  const place = c.form.slice(0, c.form.length - (parts[parts.length - 1] as string).length).trimEnd();
  if (!isPlace(place, reference)) return null;
  return { start: c.start, end: c.start + place.length, form: place, cue: 'PLACE', sentenceInitial: c.sentenceInitial };
}

/** "US-China", "Israel-Gaza": two places a hyphen joins qualify a noun ("US-China trade"), and name nothing. */
export function isPlacePair(c: Candidate, reference: ReferenceIndex): boolean {
  const parts = c.form.split(/[-‐–]/);
  return (
    parts.length === 2 &&
    !/[\s\u00A0]/.test(c.form) &&
    !reference.match(c.form) &&
    parts.every((part) => part.length > 1 && isPlace(part, reference))
  );
}

/** A place, even where the name means several ("New York" the city and the state). */
function isPlace(name: string, reference: ReferenceIndex): boolean {
  const match = reference.match(name);
  if (!match) return false;
  const entries = match.entry ? [match.entry] : match.ambiguous;
  return entries.length > 0 && entries.every((e) => e.type === 'PLACE');
}

/** A one-word name nothing types, that is an ordinary word: "Paper", "Reprints", "Hungry". */
export function isOrdinaryWordAlone(candidates: readonly Candidate[], reference: ReferenceIndex): boolean {
  const form = candidates[0]?.form ?? '';
  // A preposition's hint ("in the Directory") does not make an ordinary word a name; with a place after it, it does
  // ("in Flushing, Queens").
  const typed = (c: Candidate) =>
    (c.cue && !(c.weakCue && c.cue === 'PLACE' && !c.commaNext)) || c.fullName || c.aliasOf;
  if (/[\s\u00A0]/.test(form) || isAcronym(form) || candidates.some(typed)) return false;
  const word = foldName(form);
  return (
    /^\p{L}+$/u.test(word) &&
    reference.isOrdinaryWord(word) &&
    !reference.isCompany(word) &&
    !reference.isGivenName(word)
  );
}

/**
 * "Step 3", "Figure 4", "Week 13", "Current Time 0": ordinary words and a
 * number are a counted thing, not a name, when nothing in the article types
 * them ("Mile 12 market" and "at Hangar 12" keep their place cues).
 */
export function isCountedThing(candidates: readonly Candidate[], reference: ReferenceIndex): boolean {
  if (candidates.some((c) => c.cue || c.aliasOf)) return false;
  return candidates.every((c) => {
    const parts = c.form.split(/[\s\u00A0]+/);
    const last = parts.pop() as string;
    return (
      parts.length > 0 &&
      /^\d+$/.test(last) &&
      parts.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && reference.isOrdinaryWord(foldName(w)))
    );
  });
}
