/**
 * Groups the mentions of one article into entities, each with its reference
 * entry, type, forms, role and mentions.
 */
import type { Candidate } from '../detect/find-names';
import type { HighlightType, ReferenceEntry } from '../model';
import { foldName, nameWords } from '../names/fold';
import type { ReferenceIndex } from '../reference/reference-index';
import { runSteps, type Steps } from '../steps';
import { type Cluster, clusterSteps } from './clusters';
import { gateByContext } from './context-agreement';
import { isGroupName } from './group-words';
import { inferType } from './infer-type';
import { joinClusters } from './join-clusters';
import { isDoubtful, isForeign, isNamedAtSentenceStart, isSurelyKnown, rootOf } from './keep-clusters';
import { typeLoneNameWords } from './lone-name-words';
import { isProduct, isUntypedNonName } from './not-entities';
import { isCountedThing, isGroupNoun, isOrdinaryWordAlone, isPlacePair, placeOfMember } from './not-names';
import { joinOrgShortNames } from './org-short-names';
import { placesBeforePlaces } from './place-pairs';
import { resolveAmbiguous } from './resolve-ambiguous';
import { roleFits } from './role-fits';
import { dropSentenceStartWords } from './sentence-start-words';
import { expandShortNames } from './short-names';
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
  const candidates = placesBeforePlaces(all, reference)
    .map((c) => (c.cue === 'TERM' ? c : (placeOfMember(c, reference) ?? c)))
    .filter((c) => c.cue === 'TERM' || !(isGroupName(c) || isGroupNoun(c, reference) || isPlacePair(c, reference)));
  const clusters = yield* clusterSteps(candidates, reference);
  keepSurnameMatches(clusters, (w) => reference.isCompany(w));
  dropSentenceStartWords(clusters, reference);
  gateByContext(clusters, reference);
  resolveAmbiguous(clusters, reference);
  expandShortNames(clusters, reference);
  const parent = joinClusters(
    clusters,
    (w) => reference.isGivenName(w) || reference.isWordGivenName(w) || reference.isPersonNameWord(w),
  );
  joinOrgShortNames(clusters, parent);
  const groups = new Map<Cluster, Cluster[]>();
  for (const cluster of clusters) {
    const root = rootOf(cluster, parent);
    const members = groups.get(root);
    if (members) members.push(cluster);
    else groups.set(root, [cluster]);
  }
  const entities = [...groups.entries()]
    .filter(([, members]) => !members.every(isForeign) || members.some(isSurelyKnown))
    .filter(
      ([root, members]) =>
        members.length > 1 || root.reference !== null || !isDoubtful(root) || isNamedAtSentenceStart(root, reference),
    )
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
    .map(([root, members]) => [toEntity(root, members, reference), members] as const)
    .filter(([e, members]) => e.type !== 'NAME' || !(isUntypedNonName(e.forms, reference) || isProduct(members)))
    .map(([e]) => e)
    .sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0));
  typeLoneNameWords(entities);
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
  const roles = all.flatMap((c) => (c.role && roleFits(c.role, type, index) ? [c.role] : []));
  const role = roles.find((r) => r.includes(' ')) ?? roles[0];
  if (role) entity.role = role;
  if (!reference && root.ambiguous.length > 0) entity.ambiguous = root.ambiguous.map((e) => e.name);
  const decided = root.reference ? root : members.find((m) => m.reference);
  if (decided?.likely) entity.likely = true;
  return entity;
}
