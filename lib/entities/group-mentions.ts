/**
 * Groups the mentions of one article into entities: a surname or first name
 * alone joins the one full name it belongs to, and each entity takes its type
 * from the reference data, else from the cues around its mentions.
 */
import type { Candidate } from '../detect/find-names';
import type { EntityType, HighlightType, ReferenceEntry } from '../model';
import { foldName, nameWords } from '../names/fold';

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
}

interface Cluster {
  key: string;
  candidates: Candidate[];
  reference: ReferenceEntry | null;
}

export type ReferenceLookup = (form: string) => ReferenceEntry | null;

export function groupMentions(candidates: Candidate[], lookup: ReferenceLookup): ArticleEntity[] {
  const byKey = new Map<string, Cluster>();
  for (const c of candidates) {
    const key = foldName(c.form);
    const cluster = byKey.get(key) ?? { key, candidates: [], reference: lookup(c.form) };
    cluster.candidates.push(c);
    byKey.set(key, cluster);
  }
  const clusters = [...byKey.values()];
  const parent = new Map<Cluster, Cluster>();
  // Forms of one reference entry are one entity: "EU" and "European Union".
  const byReference = new Map<string, Cluster>();
  for (const cluster of clusters) {
    if (!cluster.reference) continue;
    const refKey = `${cluster.reference.type}:${cluster.reference.name}`;
    const first = byReference.get(refKey);
    if (first) parent.set(cluster, first);
    else byReference.set(refKey, cluster);
  }
  const seeds = clusters.filter((c) => !parent.has(c) && isPersonLike(c) && wordsOf(c).length > 1);
  for (const cluster of clusters) {
    const words = nameWords(cluster.key);
    if (parent.has(cluster) || words.length !== 1 || cluster.reference) continue;
    const owners = seeds.filter((s) => s !== cluster && ownsWord(s, words[0] as string));
    if (owners.length === 1) parent.set(cluster, owners[0] as Cluster);
  }
  const groups = new Map<Cluster, Cluster[]>();
  for (const cluster of clusters) {
    const root = parent.get(cluster) ?? cluster;
    groups.set(root, [...(groups.get(root) ?? []), cluster]);
  }
  return [...groups.entries()]
    .filter(([root, members]) => members.length > 1 || root.reference || !onlySentenceInitial(root))
    .map(([root, members]) => toEntity(root, members))
    .sort(byFirstMention);
}

/**
 * A word seen only at the start of sentences, unknown to the reference data and
 * part of no longer name, is more likely an ordinary word than a name.
 */
function onlySentenceInitial(cluster: Cluster): boolean {
  return cluster.candidates.every((c) => c.sentenceInitial);
}

function wordsOf(c: Cluster): string[] {
  return c.reference ? nameWords(c.reference.name) : nameWords(c.key);
}

function isPersonLike(c: Cluster): boolean {
  if (c.reference) return c.reference.type === 'PERSON';
  return !c.candidates.some((m) => m.cue === 'ORG' || m.cue === 'PLACE');
}

/** A surname joins its full name; a first name joins only a known person. */
function ownsWord(seed: Cluster, word: string): boolean {
  const words = [...new Set([...nameWords(seed.key), ...wordsOf(seed)])];
  const last = (w: string[]) => w[w.length - 1];
  if (last(nameWords(seed.key)) === word || last(wordsOf(seed)) === word) return true;
  const isPerson = seed.reference?.type === 'PERSON' || cueOf(seed.candidates) === 'PERSON';
  return isPerson && words.includes(word);
}

function cueOf(candidates: Candidate[]): EntityType | null {
  const counts = new Map<EntityType, number>();
  for (const c of candidates) if (c.cue) counts.set(c.cue, (counts.get(c.cue) ?? 0) + 1);
  if (counts.has('PERSON')) return 'PERSON';
  let best: EntityType | null = null;
  let bestCount = 0;
  for (const [type, n] of counts) if (n > bestCount) [best, bestCount] = [type, n];
  return best;
}

function toEntity(root: Cluster, members: Cluster[]): ArticleEntity {
  const all = members.flatMap((m) => m.candidates);
  const reference = root.reference ?? members.find((m) => m.reference)?.reference ?? null;
  // A surname used alone after the full name is how articles refer to people.
  const joinedBySurname = members.length > 1 && nameWords(root.key).length > 1;
  const type: HighlightType = reference?.type ?? (joinedBySurname ? 'PERSON' : null) ?? cueOf(all) ?? 'NAME';
  const forms = [...new Set(all.map((c) => c.form))];
  const fullest = forms.reduce((a, b) => (nameWords(b).length > nameWords(a).length ? b : a));
  const name = reference?.name ?? fullest;
  const mentions = all.map(({ start, end, form }) => ({ start, end, form })).sort((a, b) => a.start - b.start);
  return { id: `${type}:${foldName(name)}`, name, type, forms, mentions, reference };
}

function byFirstMention(a: ArticleEntity, b: ArticleEntity): number {
  return (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0);
}
