/**
 * Groups the mentions of one article into entities, each with its reference
 * entry, type, forms, role and mentions.
 */
import type { Candidate } from '../detect/find-names';
import { ORG_HEADS, PLACE_HEADS } from '../detect/lexicon/place-org-words';
import type { HighlightType, ReferenceEntry } from '../model';
import { foldName, nameWords } from '../names/fold';
import type { ReferenceIndex } from '../reference/reference-index';
import { runSteps, type Steps } from '../steps';
import { type Cluster, clusterSteps, isSingleWord } from './clusters';
import { cueOf, hasPersonalShape, looksLikePerson, looksLikePlace } from './entity-type';
import { isGroupName } from './group-words';
import { joinClusters } from './join-clusters';
import { isDoubtful, isForeign, isSurelyKnown, rootOf } from './keep-clusters';
import { resolveAmbiguous } from './resolve-ambiguous';
import { keepSurnameMatches } from './surname-matches';

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
  /** The reference is the likely meaning, chosen by prominence when the article did not settle it. */
  likely?: boolean;
}

export function groupMentions(all: Candidate[], reference: ReferenceIndex): ArticleEntity[] {
  return runSteps(groupSteps(all, reference));
}

/** groupMentions, pausing while it looks names up. */
export function* groupSteps(all: Candidate[], reference: ReferenceIndex): Steps<ArticleEntity[]> {
  const candidates = all.filter((c) => c.cue === 'TERM' || !isGroupName(c));
  const clusters = yield* clusterSteps(candidates, reference);
  keepSurnameMatches(clusters);
  resolveAmbiguous(clusters, reference);
  const parent = joinClusters(clusters);
  const groups = new Map<Cluster, Cluster[]>();
  for (const cluster of clusters) {
    const root = rootOf(cluster, parent);
    const members = groups.get(root);
    if (members) members.push(cluster);
    else groups.set(root, [cluster]);
  }
  const entities = [...groups.entries()]
    .filter(([, members]) => !members.every(isForeign) || members.some(isSurelyKnown))
    .filter(([root, members]) => members.length > 1 || root.reference !== null || !isDoubtful(root))
    .map(([root, members]) => toEntity(root, members, reference))
    .sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0));
  return uniqueIds(entities);
}

/** A dateline and the same name in the body may stay two entities ("MOSCOW", "Moscow"): each keeps its own id. */
function uniqueIds(entities: ArticleEntity[]): ArticleEntity[] {
  const seen = new Set<string>();
  for (const entity of entities) {
    let id = entity.id;
    for (let n = 2; seen.has(id); n++) id = `${entity.id}#${n}`;
    entity.id = id;
    seen.add(id);
  }
  return entities;
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
  const cue = cueOf(all);
  if (cue) return cue;
  if (personal && hasPersonalShape(full)) return 'PERSON';
  const words = nameWords(full);
  if (
    personal &&
    looksLikePerson(
      words,
      (w) => index.isGivenName(w),
      (w) => index.isPersonNameWord(w),
    )
  )
    return 'PERSON';
  return words.length === 1 && !productLike && looksLikePlace(words[0] as string) ? 'PLACE' : 'NAME';
}

/** Two to four name words with no word that marks an organisation or a place. */
function looksLikePersonalName(cluster: Cluster): boolean {
  const words = cluster.key.split(' ');
  const cue = cueOf(cluster.candidates);
  return (
    words.length >= 2 &&
    words.length <= 6 &&
    cue !== 'ORG' &&
    cue !== 'PLACE' &&
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
  // "land activist Maks Boqaev" first, ", a well-known rights activist and critic," later: the fuller role.
  const roles = all.filter((c) => c.role).map((c) => c.role as string);
  const role = roles.find((r) => r.includes(' ')) ?? roles[0];
  if (role) entity.role = role;
  if (!reference && root.ambiguous.length > 0) entity.ambiguous = root.ambiguous.map((e) => e.name);
  const decided = root.reference ? root : members.find((m) => m.reference);
  if (decided?.likely) entity.likely = true;
  return entity;
}
