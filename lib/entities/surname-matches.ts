/**
 * A surname many people share is a famous person's only where the article
 * treats it as a person's name ("Mr. Obama", "Obama said", "President Obama")
 * and gives it to no one else: "MacLeod" in a list of references or "Waite"
 * beside Arthur Edward Waite is no sign of John Macleod or Morrison Waite,
 * and a wrong card is worse than none.
 */
import { foldName } from '../names/fold';
import type { ReferenceIndex } from '../reference/reference-index';
import type { Cluster } from './clusters';

/** `reference` tells a surname many people have ("MacLeod") from a rare one ("Toqaev"), which needs no more. */
export function keepSurnameMatches(clusters: Cluster[], reference: ReferenceIndex): void {
  // Surnames of the article's own full names that are not the data's person: "Waite" of Arthur Edward Waite.
  const others = new Set<string>();
  for (const c of clusters) {
    const words = c.key.split(' ');
    if (words.length > 1) others.add(`${words[words.length - 1]}:${c.reference?.name ?? ''}`);
  }
  for (const cluster of clusters) {
    const entry = cluster.reference;
    if (entry?.type !== 'PERSON' || cluster.key.includes(' ') || !entry.name.includes(' ')) continue;
    if (cluster.candidates.some((c) => c.fullName)) continue;
    const namesakes = [...others].some((o) => o.startsWith(`${cluster.key}:`) && o !== `${cluster.key}:${entry.name}`);
    if (namesakes) cluster.reference = null;
    const common = reference.isPersonNameWord(foldName(cluster.candidates[0]?.form ?? ''));
    if (namesakes || !common || cluster.candidates.some((c) => c.cue === 'PERSON' && !c.weakCue)) continue;
    cluster.reference = null;
  }
}
