/**
 * The type of a name the reference data does not know, from what the article
 * says around its mentions, then from name lists and the name's shape, then
 * from hints.
 */
import type { Candidate } from '../detect/find-names';
import { ORG_HEADS, PLACE_HEADS } from '../detect/lexicon/place-org-words';
import type { HighlightType } from '../model';
import { foldName, nameWords } from '../names/fold';
import type { ReferenceIndex } from '../reference/reference-index';
import { type Cluster, isSingleWord } from './clusters';
import { cueOf, hasPersonalShape, looksLikePerson, looksLikePlace } from './entity-type';
import { isGroupWord } from './group-words';
import { matchedTypes } from './matched-types';
import { isCompanyName, isMembersBody, looksLikeFullName } from './name-lists';

/** The type of a name the reference data does not know: from how the article uses it. */
export function inferType(root: Cluster, members: Cluster[], all: Candidate[], index: ReferenceIndex): HighlightType {
  const full = fullNameOf(root);
  // "Face ID", "PS4 Pro", "AMD Polaris GPU": acronyms and numbers are not parts of personal names.
  const productLike = full.split(/\s+/).some((w) => /\d/.test(w) || /^\p{Lu}{2,}$/u.test(w));
  const personal = looksLikePersonalName(root) && !productLike;
  // Only a surname used alone makes a person: "Boqaev" after "Maks Boqaev", not "JSE" after its expansion,
  // nor "Keyboard" after "Magic Keyboard" or "Sentra" after "Nissan Sentra", whose first words are no first names.
  if (
    personal &&
    members.some((m) => m !== root && isSingleWord(m) && root.key.endsWith(` ${m.key}`)) &&
    mayBeFirstName(full, index)
  )
    return 'PERSON';
  // Every entry the name could mean is a place: that says more than any cue around it. But a word that only
  // people bear as a name and a company as its own ("Ford") is the company unless a cue says person.
  if (root.ambiguousType && !(root.ambiguousType === 'PERSON' && isCompanyWord(root, index))) return root.ambiguousType;
  // What the article says outweighs the name's shape; a hint ("from Amal", "Oza said") does not.
  const cue = cueOf(all.filter((c) => !c.weakCue));
  const words = nameWords(full);
  if (cue !== 'PERSON' && (isCompanyName(words, index) || isMembersBody(full))) return 'ORG';
  if (cue) return cue;
  // "Alex Heath" after "from" is still a person; "Xaad Kil" after "in" is not.
  if (personal && hasPersonShape(full, words, index)) return 'PERSON';
  const hint = cueOf(all);
  // "told Maria": a hint of a body says nothing of a lone first name.
  if (hint && !(hint === 'ORG' && words.length === 1 && !productLike && isFirstName(words[0] as string, index)))
    return hint;
  // "Amazon", the company or the river: a name nothing in the article places is more likely the body.
  if (root.ambiguous.some((e) => e.type === 'ORG')) return 'ORG';
  if (personal && hasPersonWords(full, words, index)) return 'PERSON';
  if (isPlaceBrand(full, index)) return 'ORG';
  // "Courtney, this post is so snobbish": a first name only people bear, used alone, is a person's.
  if (words.length === 1 && !productLike && root.ambiguous.length === 0 && isOnlyFirstName(words[0] as string, index))
    return 'PERSON';
  return words.length === 1 && !productLike && looksLikePlace(words[0] as string) ? 'PLACE' : 'NAME';
}

const DIRECTIONS = new Set('north south east west central upper lower greater new old'.split(' '));

/** "Cambridge Analytica", "Auckland Coastguard": a place's name before a word no person bears names a body there. */
function isPlaceBrand(full: string, index: ReferenceIndex): boolean {
  const [place, word, more] = full.split(/[\s\u00A0]+/);
  if (!place || !word || more !== undefined || !/^\p{Lu}\p{Ll}+$/u.test(word)) return false;
  const second = foldName(word);
  if (DIRECTIONS.has(second) || isGroupWord(second) || index.isGivenName(second) || index.isWordGivenName(second))
    return false;
  if (index.isPersonNameWord(second) || index.isOrdinaryWord(second) || index.lookup(word)) return false;
  const types = new Set(matchedTypes(place, index));
  return types.size === 1 && types.has('PLACE') && !index.isGivenName(foldName(place));
}

/** A name's first word may be a first name unless it is a company's ("Nissan") or a word no name list gives. */
function mayBeFirstName(full: string, index: ReferenceIndex): boolean {
  const first = full.split(/[\s\u00A0]+/)[0] ?? '';
  const word = foldName(first);
  if (index.isCompany(word) || matchedTypes(first, index).includes('ORG')) return false;
  return !index.isOrdinaryWord(word) || index.isGivenName(word) || index.isWordGivenName(word);
}

const isFirstName = (word: string, index: ReferenceIndex): boolean =>
  (index.isGivenName(word) || index.isWordGivenName(word)) && !index.isCompany(word);

/** A first name that is no word, no place or body the data knows, and no company ("Oscar", "Mother", "Sonata"). */
const isOnlyFirstName = (word: string, index: ReferenceIndex): boolean =>
  index.isGivenName(word) &&
  !index.isWordGivenName(word) &&
  !index.isOrdinaryWord(word) &&
  !index.isCompany(word) &&
  !index.lookup(word);

const isCompanyWord = (root: Cluster, index: ReferenceIndex): boolean =>
  isSingleWord(root) && index.isCompany(foldName(root.candidates[0]?.form ?? ''));

/** Initials, a surname's ending, or a first name that is no ordinary word: "J. K. Rowling", "Alex Heath". */
function hasPersonShape(full: string, words: string[], index: ReferenceIndex): boolean {
  const firstName = (w: string) => index.isGivenName(w) && !index.isOrdinaryWord(w);
  return hasPersonalShape(full) || looksLikePerson(words, firstName, () => false) || endsInInitial(full, index);
}

/** "Selam G.", "Malcolm X": a name and the initial of a surname; not "Plan B" or "Vitamin D", words and a letter. */
function endsInInitial(full: string, index: ReferenceIndex): boolean {
  const [first, last, more] = full.split(/[\s\u00A0]+/);
  if (!first || !last || more !== undefined || !/^\p{Lu}\.?$/u.test(last) || !/^\p{Lu}\p{Ll}+$/u.test(first))
    return false;
  const word = foldName(first);
  return !index.isOrdinaryWord(word) && !index.lookup(first) && !index.isCompany(word);
}

/** Words that are people's names, or a first name before a surname: "Lina Sabbagh", "John Gruber". */
function hasPersonWords(full: string, words: string[], index: ReferenceIndex): boolean {
  return (
    looksLikePerson(
      words,
      (w) => index.isGivenName(w) && !index.isOrdinaryWord(w),
      (w) => index.isPersonNameWord(w),
    ) || looksLikeFullName(full.split(/[\s\u00A0]+/), index)
  );
}

/** Two to four name words with no word that marks an organisation or a place. */
function looksLikePersonalName(cluster: Cluster): boolean {
  const words = cluster.key.split(' ');
  const cue = cueOf(cluster.candidates.filter((c) => !c.weakCue));
  return (
    words.length >= 2 &&
    words.length <= 6 &&
    cue !== 'ORG' &&
    cue !== 'PLACE' &&
    words[0] !== 'the' &&
    !words.some((w) => ORG_HEADS.has(w) || PLACE_HEADS.has(w) || w === 'of')
  );
}

export function fullNameOf(cluster: Cluster): string {
  return cluster.candidates.reduce((a, c) => (c.form.length > a.length ? c.form : a), '');
}
