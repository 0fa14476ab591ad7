/**
 * The descriptor news puts before a name to introduce a person: "Amazon
 * founder Jeff Bezos", "White House press secretary Josh Earnest", "former
 * senior adviser Jane Roe". A lower-case role noun just before the name, with
 * the words that qualify it and the body it belongs to.
 */
import { PERSON_NOUNS, PERSON_TITLES, TITLE_MODIFIERS } from './lexicon/person-words';
import { words } from './lexicon/words';
import { tidy } from './roles';

/** Role nouns news uses before a name beyond those heading an appositive. */
const MORE_ROLE_NOUNS = words(`
  boss chief director president secretary spokesman spokeswoman spokesperson minister
  strategist pollster staffer aide adviser advisor lobbyist trustee treasurer governor
  counsel justice judge prosecutor attorney superintendent principal dean provost rector
  ceo cfo coo cto cio chair chairman chairwoman founder cofounder creator inventor designer
  producer host anchor presenter quarterback pitcher forward goalkeeper midfielder defender
  manager coach captain singer rapper guitarist drummer novelist poet playwright comedian
`);
/** Lower-case words that qualify a role: "press secretary", "chief executive", "national security adviser". */
const ROLE_QUALIFIERS = words(`
  press chief executive senior junior deputy assistant associate vice former then acting interim
  longtime long-time veteran top lead head general managing national security foreign
  communications campaign political economic legal defence defense policy research science
  principal special former-president chief-executive co-founder first late new outgoing incoming
  former-prime retired state federal city county district senate house white
`);
/** Words between a body's name and the role that belong to neither: "Amazon's", "the". */
const STOP = new Set(['the', 'a', 'an', 'and', 'or', 'of', 'for', 'to', 'by', 'with', 'from']);
const MAX_DESCRIPTOR_WORDS = 7;

const isRoleNoun = (w: string) =>
  PERSON_NOUNS.has(w) || MORE_ROLE_NOUNS.has(w) || w.split('-').some((p) => PERSON_TITLES.has(p));

/** The descriptor that stands just before a name, if any. */
export function descriptorRole(text: string, nameStart: number): string | null {
  // Most names follow no lower-case word: those are answered without reading back.
  if (!/[ \u00A0]/.test(text[nameStart - 1] ?? '') || !/[a-z]/.test(text[nameStart - 2] ?? '')) return null;
  const before = text.slice(Math.max(0, nameStart - 120), nameStart);
  // Words back to the last clause break, nearest last.
  const clause = before.split(/[.!?;:,()"“”\n—–]/).pop() ?? '';
  const parts = clause.trimEnd().split(/[ \u00A0]+/);
  const head = parts[parts.length - 1] ?? '';
  if (!/^\p{Ll}/u.test(head) || !isRoleNoun(head.toLowerCase())) return null;
  let from = parts.length - 1;
  let capitals = 0;
  for (let i = parts.length - 2; i >= 0 && parts.length - i <= MAX_DESCRIPTOR_WORDS; i--) {
    const word = parts[i] as string;
    const bare = word.replace(/['’]s$/, '');
    if (/^\p{Lu}/u.test(word) && capitals < 4) {
      capitals++;
      from = i;
      continue;
    }
    const lower = word.toLowerCase();
    // Qualifiers are kept only between the body's name and the role, never before the body.
    if (capitals > 0 || STOP.has(lower) || !/^\p{Ll}/u.test(bare)) break;
    if (ROLE_QUALIFIERS.has(lower) || TITLE_MODIFIERS.has(lower) || isRoleNoun(lower)) from = i;
    else break;
  }
  const descriptor = parts.slice(from).join(' ');
  return descriptor ? tidy(descriptor) : null;
}
