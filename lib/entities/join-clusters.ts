/**
 * Coreference inside one article: forms of one reference entry, a surname or
 * first name used alone, and an acronym the article spells out all join the
 * entity they refer to. A join happens only when exactly one entity fits.
 */

import { translitKey } from '../names/translit-key';
import { type Cluster, clusterWords } from './clusters';
import { cueOf } from './entity-type';
import { joinAcronyms } from './join-acronyms';
import { joinBodyHeads, joinInvertedBodies, joinVariants } from './join-bodies';
import { joinMiddleNames } from './join-middle-names';
import { joinPlaceEnds } from './join-places';
import { indexOwners, isFirstNameHere, MAX_PARTIAL_WORDS } from './name-owners';

/** Maps each joined cluster to the cluster it joins. */
export function joinClusters(
  clusters: Cluster[],
  isFirstName: (folded: string) => boolean = () => false,
): Map<Cluster, Cluster> {
  const parent = new Map<Cluster, Cluster>();
  const byReference = new Map<string, Cluster>();
  for (const cluster of clusters) {
    if (!cluster.reference) continue;
    const id = `${cluster.reference.type}:${cluster.reference.name}`;
    const first = byReference.get(id);
    if (first) parent.set(cluster, first);
    else byReference.set(id, cluster);
  }
  const byKey = new Map(clusters.map((c) => [c.key, c]));
  for (const cluster of clusters) {
    const alias = cluster.candidates.find((c) => c.aliasOf)?.aliasOf;
    const target = alias ? byKey.get(translitKey(alias)) : undefined;
    if (target && target !== cluster && !parent.has(cluster)) parent.set(cluster, parent.get(target) ?? target);
  }
  joinMiddleNames(
    clusters.filter((c) => !parent.has(c)),
    parent,
    isFirstName,
  );
  const roots = clusters.filter((c) => !parent.has(c));
  const owners = indexOwners(
    roots.filter((c) => isPersonLike(c) && clusterWords(c).length > 1 && !isOneCompound(c)),
    isFirstName,
  );
  joinPlaceEnds(roots, parent);
  for (const cluster of roots) {
    const part = cluster.key.split(' ');
    if (part.length > MAX_PARTIAL_WORDS || (cluster.reference && part.length > 1)) continue;
    if (part.length === 1 && isFirstNameHere(cluster, owners)) cluster.reference = null;
    const found = [
      ...new Set([
        ...(owners.bySuffix.get(cluster.key) ?? []),
        ...(part.length === 1 && !cluster.reference ? (owners.byWord.get(cluster.key) ?? []) : []),
      ]),
    ].filter(
      (s) => (s !== cluster && s.key.split(' ').length > part.length) || (s !== cluster && s.reference !== null),
    );
    // "Leyen" fits both "Ursula von der Leyen" and "Von der Leyen", which is itself part of the first.
    const owner = outermost(found);
    if (owner.length !== 1 || (cluster.reference && !isStrongPerson(owner[0] as Cluster))) continue;
    // In this article "Jackson" is Ketanji Brown Jackson, and "Waite" Arthur Edward Waite, whatever the data says.
    const owned = owner[0] as Cluster;
    if (cluster.reference?.type !== 'PERSON' || (owned.reference?.name ?? null) !== cluster.reference.name)
      cluster.reference = null;
    parent.set(cluster, owned);
  }
  joinBodyHeads(roots, parent);
  joinVariants(roots, parent);
  joinInvertedBodies(roots, parent);
  joinAcronyms(roots, parent);
  return parent;
}

/** The names that are no other's ending: each name's endings are listed once, not compared with every other name. */
function outermost(names: Cluster[]): Cluster[] {
  const endings = new Set<string>();
  for (const { key } of names)
    for (let at = key.indexOf(' '); at >= 0; at = key.indexOf(' ', at + 1)) endings.add(key.slice(at + 1));
  return names.filter((s) => !endings.has(s.key));
}

/** A full name that is surely a person's, so its surname may outweigh the reference data. */
function isStrongPerson(c: Cluster): boolean {
  if (c.reference) return c.reference.type === 'PERSON';
  return cueOf(c.candidates) === 'PERSON';
}

/** "Rider-Waite", "Sola-Busca": one hyphenated word, a deck's or a firm's name, owns no surname used alone. */
const isOneCompound = (c: Cluster): boolean =>
  c.reference === null && c.candidates.every((x) => !/\s/.test(x.fullName ?? x.form));

function isPersonLike(c: Cluster): boolean {
  if (c.reference) return c.reference.type === 'PERSON';
  const cue = cueOf(c.candidates);
  return cue === null || cue === 'PERSON';
}
