/**
 * Groups the mentions of one article into entities, each with its reference
 * entry, type, forms, role and mentions.
 */
import type { Candidate } from '../detect/find-names';
import type { HighlightType, ReferenceEntry } from '../model';
import { foldName, nameWords } from '../names/fold';
import type { ReferenceIndex } from '../reference/reference-index';
import { buildClusters, type Cluster } from './clusters';
import { chooseByContext } from './disambiguate';
import { isGroupName } from './group-words';
import { inferType } from './infer-type';
import { joinClusters } from './join-clusters';
import { isDoubtful, isForeign, isSurelyKnown, rootOf } from './keep-clusters';
import { isUntypedNonName } from './not-entities';
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
  const parent = joinClusters(
    clusters,
    (w) => reference.isGivenName(w) || reference.isWordGivenName(w) || reference.isPersonNameWord(w),
  );
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
    .filter((e) => e.type !== 'NAME' || !isUntypedNonName(e.forms, reference))
    .sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0));
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
