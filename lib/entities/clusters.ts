/** Mentions that spell one name, gathered under its transliteration key. */
import type { Candidate } from '../detect/find-names';
import type { ReferenceEntry } from '../model';
import { nameWords } from '../names/fold';
import { translitKey } from '../names/translit-key';
import type { ReferenceIndex } from '../reference/reference-index';

export interface Cluster {
  /** The transliteration key of the name, or of the whole name for bracketed parts. */
  key: string;
  candidates: Candidate[];
  reference: ReferenceEntry | null;
  /** Reference entries the name could mean, when it could mean several. */
  ambiguous: ReferenceEntry[];
}

export function buildClusters(candidates: Candidate[], reference: ReferenceIndex): Cluster[] {
  const byKey = new Map<string, Cluster>();
  for (const c of candidates) {
    const key = translitKey(c.fullName ?? c.form);
    let cluster = byKey.get(key);
    if (!cluster) {
      const match = reference.match(c.fullName ?? c.form) ?? (c.fullName ? reference.match(c.form) : null);
      cluster = { key, candidates: [], reference: match?.entry ?? null, ambiguous: match?.ambiguous ?? [] };
      byKey.set(key, cluster);
    }
    cluster.candidates.push(c);
  }
  return [...byKey.values()];
}

/** The words a cluster's name is made of: its key's words and its reference name's. */
export function clusterWords(cluster: Cluster): string[] {
  const own = cluster.key.split(' ');
  return cluster.reference ? [...new Set([...own, ...nameWords(cluster.reference.name).map(translitKey)])] : own;
}

export const isSingleWord = (cluster: Cluster): boolean => !cluster.key.includes(' ');
