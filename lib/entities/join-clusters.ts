/**
 * Coreference inside one article: forms of one reference entry, a surname or
 * first name used alone, and an acronym the article spells out all join the
 * entity they refer to. A join happens only when exactly one entity fits.
 */
import { nameWords } from '../names/fold';
import { translitKey } from '../names/translit-key';
import { type Cluster, clusterWords } from './clusters';
import { cueOf } from './entity-type';

const ACRONYM = /^(?:[\p{Lu}\d]{2,6}|(?:\p{Lu}\.){2,})$/u;
/** Longest partial name ("Fernández de Kirchner") that may join a fuller one. */
const MAX_PARTIAL_WORDS = 3;
const SKIPPED_IN_INITIALS = new Set(['of', 'and', 'for', 'on', 'the', 'de', 'du', 'la', 'le', '&']);

/** Maps each joined cluster to the cluster it joins. */
export function joinClusters(clusters: Cluster[]): Map<Cluster, Cluster> {
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
  const seeds = roots.filter((c) => isPersonLike(c) && clusterWords(c).length > 1);
  for (const cluster of roots) {
    if (cluster.reference || cluster.key.split(' ').length > MAX_PARTIAL_WORDS) continue;
    const owners = seeds.filter((s) => s !== cluster && ownsPart(s, cluster.key.split(' ')));
    if (owners.length === 1) parent.set(cluster, owners[0] as Cluster);
  }
  for (const cluster of roots) {
    const form = cluster.candidates[0]?.form ?? '';
    if (cluster.reference || parent.has(cluster) || !ACRONYM.test(form)) continue;
    const letters = form.replace(/\./g, '').toUpperCase();
    const owners = roots.filter((c) => c !== cluster && !parent.has(c) && initialsOf(c).includes(letters));
    if (owners.length === 1) parent.set(cluster, owners[0] as Cluster);
  }
  return parent;
}

function isPersonLike(c: Cluster): boolean {
  if (c.reference) return c.reference.type === 'PERSON';
  const cue = cueOf(c.candidates);
  return cue === null || cue === 'PERSON';
}

/**
 * A surname ("Boqaev", "de Moraes", "Al-Rumayyan") joins the full name it ends;
 * a first name joins only a name known to be a person's.
 */
function ownsPart(seed: Cluster, part: string[]): boolean {
  const own = seed.key.split(' ');
  if (part.length >= own.length && !seed.reference) return false;
  const endsWith = (words: string[]) =>
    words.length > part.length && part.every((w, i) => words[words.length - part.length + i] === w);
  if (endsWith(own) || (seed.reference && endsWith(nameWords(seed.reference.name).map(translitKey)))) return true;
  const isPerson = seed.reference?.type === 'PERSON' || cueOf(seed.candidates) === 'PERSON';
  return isPerson && part.length === 1 && clusterWords(seed).includes(part[0] as string);
}

/** The initials of a name, without and with its connectors: "BE" and "BOE" for "Bank of England". */
function initialsOf(cluster: Cluster): string[] {
  const form = cluster.candidates.reduce((a, c) => (c.form.length > a.length ? c.form : a), '');
  const all = form.split(/[\s\u00A0-]+/).filter(Boolean);
  if (all.length < 2) return [];
  const letters = (words: string[]) => words.map((w) => w[0]?.toUpperCase() ?? '').join('');
  return [letters(all.filter((w) => !SKIPPED_IN_INITIALS.has(w))), letters(all.filter((w) => w !== 'the'))];
}
