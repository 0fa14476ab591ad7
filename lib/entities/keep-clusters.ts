/** Which groups of mentions become entities, and which cluster leads each group. */
import { isAcronym } from '../detect/shapes';
import { foldName } from '../names/fold';
import type { ReferenceIndex } from '../reference/reference-index';
import { type Cluster, isSingleWord } from './clusters';

/** The cluster a chain of joins ends at: "NNPC" joins "NNPC Ltd", which joins the full name. */
export function rootOf(cluster: Cluster, parent: Map<Cluster, Cluster>): Cluster {
  let root = cluster;
  for (let steps = 0; parent.has(root) && steps < 8; steps++) root = parent.get(root) as Cluster;
  return root;
}

/**
 * A one-word name that the reference data does not know and that the article
 * only uses at the start of sentences, or also writes in lower case, is more
 * likely an ordinary word than a name; so is an unknown name met only inside
 * a quoted title.
 */
export function isDoubtful(cluster: Cluster): boolean {
  if (cluster.candidates.every((c) => c.inQuotedTitle)) return true;
  if (isSingleWord(cluster) && cluster.candidates.some((c) => c.groupWord)) return true;
  if (!isSingleWord(cluster) || cluster.candidates.some((c) => c.fullName)) return false;
  // "Nurlan, 24, said": an age or a role set after the word says it is a person's name, wherever it stands.
  if (cluster.candidates.some((c) => c.cue === 'PERSON' && !c.weakCue && !c.commonWord)) return false;
  // An acronym's capitals are its own, wherever it stands.
  return cluster.candidates.every((c) => (c.sentenceInitial && !isAcronym(c.form)) || c.commonWord);
}

export const isForeign = (cluster: Cluster): boolean => cluster.candidates.every((c) => c.foreign);

/** Known by its own spelling, and not just a capitalised word at a sentence start ("Sin", "Para"). */
export const isSurelyKnown = (cluster: Cluster): boolean =>
  cluster.reference !== null &&
  !cluster.byKey &&
  (!isSingleWord(cluster) || cluster.candidates.some((c) => !c.sentenceInitial));

/**
 * A one-word name met only at sentence starts that is still surely a name: a
 * word that is no ordinary word, and that the company lists know ("Snapchat
 * and Tumblr grew") or a body's cue follows ("Alibaba shares rose"). Not when
 * the article also writes it in lower case.
 */
export function isNamedAtSentenceStart(cluster: Cluster, reference: ReferenceIndex): boolean {
  if (!isSingleWord(cluster) || cluster.candidates.some((c) => c.commonWord || c.groupWord)) return false;
  const word = foldName(cluster.candidates[0]?.form ?? '');
  // "Security", "Water": the lists hold ordinary words that some company is named, which say nothing at a sentence start.
  if (reference.isOrdinaryWord(word)) return false;
  return reference.isCompany(word) || cluster.candidates.some((c) => c.cue === 'ORG' && !c.weakCue);
}
