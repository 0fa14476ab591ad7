/**
 * A surname alone is a famous person's only where the article
 * treats it as a person's name ("Mr. Obama", "Obama said", "President Obama")
 * and gives it to no one else, or, for the people the curated entries were
 * written for ("Trump"), calls it nothing else and gives it to no one else:
 * "MacLeod" in a list of references or "Waite" beside Arthur Edward Waite is
 * no sign of John Macleod or Morrison Waite, and a wrong card is worse than none.
 */
import { foldName, nameWords } from '../names/fold';
import type { Cluster } from './clusters';

export function keepSurnameMatches(clusters: Cluster[], isCompany: (word: string) => boolean = () => false): void {
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
    // "Freud was right": no card, but still a person's name, unless a company bears it ("Ford").
    // The folded form, not the cluster's key: the key of "Disney" is a transliteration key, "disnei".
    const dropped = () => {
      cluster.reference = null;
      if (!isCompany(foldName(cluster.candidates[0]?.form ?? ''))) cluster.ambiguousType = 'PERSON';
    };
    if (namesakes) dropped();
    // The surname of the data's own name: another spelling the data lists ("Toqaev") says more.
    const surname = nameWords(entry.name).pop() === foldName(cluster.candidates[0]?.form ?? '');
    // "announced by Trump": the curated entries were written for the people the news names by their surname
    // alone, so theirs stands wherever the article calls the name nothing else.
    const chosen = entry.curated === true && cluster.candidates.every((c) => !c.cue || c.cue === 'PERSON');
    if (namesakes || !surname || chosen || cluster.candidates.some((c) => c.cue === 'PERSON' && !c.weakCue)) continue;
    dropped();
  }
}
