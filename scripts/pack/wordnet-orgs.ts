/**
 * Organisations in WordNet: named groups (instances) and the bodies WordNet
 * files as kinds of organisation under a proper name (NASA, the FBI, the
 * Knesset), each with every word of its synset as a form, so an acronym and
 * its expansion name one entry. Religions, sects, peoples and families are
 * groups, not organisations, and stay out.
 */
import type { Synset } from './read-wordnet';
import type { WordnetGraph } from './wordnet-graph';

/** Kinds that make a named group a body people work in. */
const ORGANISATION_KINDS = ['organization', 'assembly', 'administration'];
/** Groups of believers, kin and peoples: not organisations, whatever else they are. */
const GROUP_KINDS = ['religion', 'sect', 'denomination', 'kin', 'ethnic group', 'people', 'community'];
/** A church of a faith is an organisation by that name ("Russian Orthodox Church"), not the faith. */
const CHURCH = /\bChurch\b/;

export function isOrganisation(synset: Synset, graph: WordnetGraph): boolean {
  if (synset.lexfile !== 14 || !/^\p{Lu}/u.test(synset.words[0] as string)) return false;
  if (synset.isInstance) return true;
  const kinds = graph.kindsOf(synset);
  if (!ORGANISATION_KINDS.some((k) => kinds.has(k))) return false;
  return !GROUP_KINDS.some((k) => kinds.has(k)) || CHURCH.test(synset.words[0] as string);
}

/**
 * The forms an organisation is named by, less those that mean something else
 * first: an ordinary word ("Energy" of the Department of Energy), a place
 * it stands for ("Washington" of the federal government), and acronyms of one
 * or two letters ("SC").
 */
export function organisationForms(
  synset: Synset,
  graph: WordnetGraph,
  isWord: (word: string) => boolean,
  isPlace: (name: string) => boolean,
  isCountryWord: (word: string) => boolean = () => false,
): string[] {
  const churchOnly = !synset.isInstance && GROUP_KINDS.some((k) => graph.kindsOf(synset).has(k));
  // "Supreme Court" of "United States Supreme Court": every country has one, so the bare form names
  // the body of whatever country the article is about, not this one.
  const national = (form: string) =>
    form.split(' ').length <= 2 &&
    synset.words.some((other) => {
      if (other === form || !other.includes(form)) return false;
      const rest = other
        .replace(form, ' ')
        .replace(/\b(?:of|the)\b/g, ' ')
        .trim();
      return rest.length > 0 && isCountryWord(rest.replace(/\s+/g, ' '));
    });
  return synset.words.filter(
    (w) =>
      /^\p{Lu}/u.test(w) &&
      w.replace(/\./g, '').length > 2 &&
      !(w.split(' ').length === 1 && isWord(w)) &&
      !isPlace(w) &&
      !national(w) &&
      (!churchOnly || CHURCH.test(w)),
  );
}
