/**
 * What an article says a name is, at the mention: a title before it, an
 * appositive after it, or an editorial insertion in brackets.
 */
import { PERSON_NOUNS } from './lexicon/person-words';

const MAX_ROLE_CHARS = 160;

// "Kazakhstan's", "former", "then-" and similar words that belong to a title.
const TITLE_LEAD =
  /((?:[\p{Lu}][\p{L}\p{M}.-]*(?:['’]s)\s+)?(?:(?:former|current|then|acting|interim|new|late|deputy|outgoing|incoming|longtime|long-time|veteran|self-declared)[-\s]+)*)$/u;

/** Forms of address: they say a name is a person's, not what the person is. */
const HONORIFIC = /^(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Sir|Dame|Madam|Mme|Mlle|M|Herr|Frau)\.?\s*)+$/;

/** The title that stood before a name, with the words that qualify it; none for an honorific alone ("Mr"). */
export function titleRole(text: string, titleStart: number, titleEnd: number): string | null {
  const lead = text.slice(Math.max(0, titleStart - 80), titleStart).match(TITLE_LEAD)?.[1] ?? '';
  const title = text.slice(titleStart, titleEnd);
  if (!lead.trim() && HONORIFIC.test(title)) return null;
  return tidy(`${lead}${title}`);
}

// ", a well-known activist and critic," or ", 58, a retired teacher from Makhambet,".
const APPOSITIVE =
  /^,\s+(?:\d{1,3},\s+)?((?:a|an|the|one of|his|her|their)\s[^,.;:()[\]"“”]{3,160}?)(?=,|\.(?:\s|$)|;|\s+who\b)/u;

const NAMED_NEXT = /^,[ \u00A0]+\p{Lu}[\p{L}'’-]+[ \u00A0]+\p{Lu}[\p{L}'’-]+(?![ \u00A0]*,)/u;

/** The appositive that follows a name, if any. */
export function appositiveRole(text: string, nameEnd: number, nameStart = nameEnd): string | null {
  // Most names are not followed by a comma; only those can have an appositive.
  if (text.charCodeAt(nameEnd) !== 44) return null;
  const after = text.slice(nameEnd, nameEnd + 200);
  const match = after.match(APPOSITIVE);
  if (!match?.[1]) return null;
  // "In Kentucky, the Democratic candidate, Andy Beshear": a role set before another full name is that name's.
  if (NAMED_NEXT.test(after.slice(match[0].length))) return null;
  const role = clauseCut(match[1]);
  if (!/\S\s+\S/.test(role)) return null;
  // "In Kentucky, the Democratic candidate, Andy Beshear…": the comma closes the phrase that opens the
  // sentence, and the person after it is the sentence's subject, not the place.
  // "In Hanoi, the Communist party of Vietnam met on Monday.": a phrase after such a name that no comma
  // closes is the sentence's subject running on to its verb, not an appositive.
  const opening = OPENING_PHRASE.test(text.slice(Math.max(0, nameStart - 40), nameStart));
  if (opening && (after[match[0].length] !== ',' || role !== match[1] || FINITE_VERB.test(mainPart(role)))) return null;
  return opening && PERSON_NOUNS.has(roleHead(role)) ? null : tidy(role);
}

/** Verbs that only a clause holds, not a noun phrase: "the Communist party of Vietnam met on Monday". */
const FINITE_VERB =
  /\s(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|does|did|said|says|told|met|meets|held|holds|began|took|made|gave|went|came|sent|won|lost|chose|voted|agreed|decided|announced|ordered|approved|rejected)\b/;

/** The role before a relative clause, whose own verb is no sign of a clause: "a city that has grown fast". */
const mainPart = (role: string): string => role.split(/\s(?:that|which|who|whose|where)\s/)[0] ?? role;

/** A preposition that opens a sentence, before the name it governs: "In", "Across the", "In neighbouring". */
const OPENING_PHRASE =
  /(?:^|[.!?]["”’]?\s+|\n\s*)(?:In|At|From|Across|Throughout|Outside|Inside|Near|Beyond|Within|Around|Along)\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}$/u;

// A verb in -ed or -s before a determiner, not after "to" or a word that links a noun phrase:
// "pastor published a book", not "the artist Waite chose to draw his deck".
const VERB_BEFORE_OBJECT = /(?<!\bto)\s(\p{Ll}[\p{Ll}-]*(?:ed|s))\s+(?:a|an|the|his|her|their|its)\s/gu;
const LINKS = new Set(
  `of in at on for from with near to by into onto about as like than under over between among against across
  through after before during since until within without behind beyond toward towards upon via per and or but
  nor whose who which that including named called`.split(/\s+/),
);

/**
 * An appositive whose closing comma the writer left out runs on into the sentence's verb:
 * ", a French Freemason and Protestant pastor published a book called…" ends before "published".
 */
function clauseCut(appositive: string): string {
  for (const m of appositive.matchAll(VERB_BEFORE_OBJECT))
    if (!LINKS.has(m[1] as string)) return appositive.slice(0, m.index);
  return appositive;
}

/** The head noun of a role: "a well-known Kazakh rights activist and critic" gives "activist". */
export function roleHead(role: string): string {
  const first = role.split(/\s+(?:and|or|who|whose|which|where|that)\s+/)[0] ?? role;
  const beforeComplement = first.split(/\s+(?:of|in|at|on|for|from|with|near|to|by)\s+/)[0] ?? first;
  const words = beforeComplement.trim().split(/\s+/);
  return (words[words.length - 1] ?? '').toLowerCase().replace(/[^\p{L}-]/gu, '');
}

/** The text of an editorial insertion that opens before a name: "[Kazakhstan's former President". */
export function bracketOpenBefore(text: string, nameStart: number): number | null {
  const window = text.slice(Math.max(0, nameStart - MAX_ROLE_CHARS), nameStart);
  const open = window.lastIndexOf('[');
  if (open < 0 || window.indexOf(']', open) >= 0 || window.slice(open).includes('\n')) return null;
  return nameStart - window.length + open;
}

export function tidy(role: string): string {
  return role.replace(/\s+/g, ' ').trim().slice(0, MAX_ROLE_CHARS);
}
