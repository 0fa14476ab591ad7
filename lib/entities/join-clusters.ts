/**
 * Coreference inside one article: forms of one reference entry, a surname or
 * first name used alone, and an acronym the article spells out all join the
 * entity they refer to. A join happens only when exactly one entity fits.
 */

import { isAcronym } from '../detect/shapes';

import { translitKey } from '../names/translit-key';
import { type Cluster, clusterWords } from './clusters';
import { cueOf } from './entity-type';
import { joinBodyHeads, joinInvertedBodies, joinVariants } from './join-bodies';
import { joinPlaceEnds } from './join-places';
import { indexOwners, isFirstNameHere, MAX_PARTIAL_WORDS } from './name-owners';

const LEGAL_FORMS = new Set(['limited', 'ltd', 'inc', 'plc', 'llc', 'corp', 'sa', 'ag', 'gmbh']);
const SKIPPED_IN_INITIALS = new Set(['of', 'and', 'for', 'on', 'the', 'de', 'du', 'la', 'le', '&']);

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
  const roots = clusters.filter((c) => !parent.has(c));
  const owners = indexOwners(
    roots.filter((c) => isPersonLike(c) && clusterWords(c).length > 1),
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
    const owner = found.filter((s) => !found.some((o) => o !== s && o.key.endsWith(` ${s.key}`)));
    if (owner.length !== 1 || (cluster.reference && !isStrongPerson(owner[0] as Cluster))) continue;
    // In this article "Jackson" is Ketanji Brown Jackson, whatever else the data knows by that name.
    if (cluster.reference?.type !== 'PERSON') cluster.reference = null;
    parent.set(cluster, owner[0] as Cluster);
  }
  joinBodyHeads(roots, parent);
  joinVariants(roots, parent);
  joinInvertedBodies(roots, parent);
  const byInitials = new Map<string, Cluster[]>();
  for (const c of roots) {
    if (parent.has(c)) continue;
    for (const letters of new Set(initialsOf(c))) byInitials.set(letters, [...(byInitials.get(letters) ?? []), c]);
  }
  for (const cluster of roots) {
    const form = acronymOf(cluster.candidates[0]?.form ?? '');
    if (cluster.reference || parent.has(cluster) || !form) continue;
    const found = (byInitials.get(form.replace(/\./g, '').toUpperCase()) ?? []).filter(
      (c) => c !== cluster && !parent.has(c),
    );
    if (found.length === 1) parent.set(cluster, found[0] as Cluster);
  }
  return parent;
}

/** A full name that is surely a person's, so its surname may outweigh the reference data. */
function isStrongPerson(c: Cluster): boolean {
  if (c.reference) return c.reference.type === 'PERSON';
  return cueOf(c.candidates) === 'PERSON';
}

function isPersonLike(c: Cluster): boolean {
  if (c.reference) return c.reference.type === 'PERSON';
  const cue = cueOf(c.candidates);
  return cue === null || cue === 'PERSON';
}

/** "NNPC", or "NNPC" of "NNPC Ltd": the acronym a name is written as, if any. */
function acronymOf(form: string): string | null {
  if (isAcronym(form)) return form;
  const [first, legal, ...rest] = form.split(/[\s\u00A0]+/);
  return rest.length === 0 && first && legal && isAcronym(first) && LEGAL_FORMS.has(legal.toLowerCase()) ? first : null;
}

/** The initials of a name, without and with its connectors: "BE" and "BOE" for "Bank of England". */
function initialsOf(cluster: Cluster): string[] {
  const form = cluster.candidates.reduce((a, c) => (c.form.length > a.length ? c.form : a), '');
  const all = form.split(/[\s\u00A0-]+/).filter(Boolean);
  if (all.length < 2) return [];
  const letters = (words: string[]) => words.map((w) => w[0]?.toUpperCase() ?? '').join('');
  const spelled = [letters(all.filter((w) => !SKIPPED_IN_INITIALS.has(w))), letters(all.filter((w) => w !== 'the'))];
  // "NNPC" for "Nigerian National Petroleum Company Limited": the legal form is left out of acronyms.
  return LEGAL_FORMS.has((all[all.length - 1] as string).toLowerCase())
    ? [...spelled, ...spelled.map((s) => s.slice(0, -1))]
    : spelled;
}
