/**
 * Groups the mentions of one article into entities, each with its reference
 * entry, type, forms, role and mentions.
 */
import type { Candidate } from '../detect/find-names';
import { ORG_HEADS, PLACE_HEADS } from '../detect/lexicon/place-org-words';
import type { HighlightType, ReferenceEntry } from '../model';
import { foldName, nameWords } from '../names/fold';
import type { ReferenceIndex } from '../reference/reference-index';
import { buildClusters, type Cluster, isSingleWord } from './clusters';
import { chooseByContext } from './disambiguate';
import { cueOf, hasPersonalShape, looksLikePerson, looksLikePlace } from './entity-type';
import { isGroupName } from './group-words';
import { joinClusters } from './join-clusters';
import { isDoubtful, isForeign, isSurelyKnown, rootOf } from './keep-clusters';
import { isCompanyName, looksLikeFullName } from './name-lists';
import { isCountedThing, isGroupNoun, isOrdinaryWordAlone } from './not-names';
import { placesBeforePlaces } from './place-pairs';

export interface Mention {
  start: number;
  end: number;
  form: string;
}

export interface ArticleEntity {
  id: string;
  name: string;
  type: HighlightType;
  forms: string[];
  mentions: Mention[];
  reference: ReferenceEntry | null;
  /** What the article itself says the entity is, at its first mention. */
  role?: string;
  /** Reference entries the name could mean, when the data cannot tell which. */
  ambiguous?: string[];
}

export function groupMentions(all: Candidate[], reference: ReferenceIndex): ArticleEntity[] {
  const candidates = placesBeforePlaces(all, reference).filter(
    (c) => c.cue === 'TERM' || !(isGroupName(c) || isGroupNoun(c, reference)),
  );
  const clusters = buildClusters(candidates, reference);
  const articleNames = new Set(candidates.filter((c) => c.cue !== 'TERM').map((c) => foldName(c.fullName ?? c.form)));
  for (const cluster of clusters) {
    if (cluster.reference || cluster.ambiguous.length < 2) continue;
    const chosen = chooseByContext(cluster.ambiguous, articleNames);
    if (chosen) [cluster.reference, cluster.ambiguous] = [chosen, []];
  }
  const parent = joinClusters(clusters, (w) => reference.isGivenName(w) || reference.isWordGivenName(w));
  const groups = new Map<Cluster, Cluster[]>();
  for (const cluster of clusters) {
    const root = rootOf(cluster, parent);
    groups.set(root, [...(groups.get(root) ?? []), cluster]);
  }
  return [...groups.entries()]
    .filter(([, members]) => !members.every(isForeign) || members.some(isSurelyKnown))
    .filter(([root, members]) => members.length > 1 || root.reference !== null || !isDoubtful(root))
    .filter(
      ([root, members]) =>
        members.length > 1 ||
        root.reference !== null ||
        root.ambiguous.length > 0 ||
        !isOrdinaryWordAlone(root.candidates, reference),
    )
    .filter(
      ([root, members]) => root.reference !== null || !members.every((m) => isCountedThing(m.candidates, reference)),
    )
    .map(([root, members]) => toEntity(root, members, reference))
    .sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0));
}

/** The type of a name the reference data does not know: from how the article uses it. */
function inferType(root: Cluster, members: Cluster[], all: Candidate[], index: ReferenceIndex): HighlightType {
  const full = fullNameOf(root);
  // "Face ID", "PS4 Pro", "AMD Polaris GPU": acronyms and numbers are not parts of personal names.
  const productLike = full.split(/\s+/).some((w) => /\d/.test(w) || /^\p{Lu}{2,}$/u.test(w));
  const personal = looksLikePersonalName(root) && !productLike;
  // Only a surname used alone makes a person: "Boqaev" after "Maks Boqaev", not "JSE" after its expansion.
  if (personal && members.some((m) => m !== root && isSingleWord(m) && root.key.endsWith(` ${m.key}`))) return 'PERSON';
  // Every entry the name could mean is a place: that says more than any cue around it.
  if (root.ambiguousType) return root.ambiguousType;
  // What the article says outweighs the name's shape; a hint ("from Amal", "Oza said") does not.
  const cue = cueOf(all.filter((c) => !c.weakCue));
  const words = nameWords(full);
  if (cue !== 'PERSON' && isCompanyName(words, index)) return 'ORG';
  if (cue) return cue;
  // "Alex Heath" after "from" is still a person; "Xaad Kil" after "in" is not.
  if (personal && hasPersonShape(full, words, index)) return 'PERSON';
  const hint = cueOf(all);
  if (hint) return hint;
  if (personal && hasPersonWords(full, words, index)) return 'PERSON';
  return words.length === 1 && !productLike && looksLikePlace(words[0] as string) ? 'PLACE' : 'NAME';
}

/** Initials, a surname's ending, or a first name that is no ordinary word: "J. K. Rowling", "Alex Heath". */
function hasPersonShape(full: string, words: string[], index: ReferenceIndex): boolean {
  const firstName = (w: string) => index.isGivenName(w) && !index.isOrdinaryWord(w);
  return hasPersonalShape(full) || looksLikePerson(words, firstName, () => false);
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

function fullNameOf(cluster: Cluster): string {
  return cluster.candidates.reduce((a, c) => (c.form.length > a.length ? c.form : a), '');
}

function toEntity(root: Cluster, members: Cluster[], index: ReferenceIndex): ArticleEntity {
  const all =
    members.length === 1 ? root.candidates : members.flatMap((m) => m.candidates).sort((a, b) => a.start - b.start);
  const reference = root.reference ?? members.find((m) => m.reference)?.reference ?? null;
  const type: HighlightType = reference?.type ?? inferType(root, members, all, index);
  const forms = [...new Set(all.map((c) => c.form))];
  const fullName = all.find((c) => c.fullName)?.fullName;
  const fullest = forms.reduce((a, b) => (nameWords(b).length > nameWords(a).length ? b : a));
  const name = reference?.name ?? fullName ?? fullest;
  const entity: ArticleEntity = {
    id: `${type}:${foldName(name)}`,
    name,
    type,
    forms,
    mentions: all.map(({ start, end, form }) => ({ start, end, form })),
    reference,
  };
  const role = all.find((c) => c.role)?.role;
  if (role) entity.role = role;
  if (!reference && root.ambiguous.length > 0) entity.ambiguous = root.ambiguous.map((e) => e.name);
  return entity;
}
