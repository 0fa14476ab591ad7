/**
 * An ordinary word at the start of a sentence is most often the word: "Zoom in
 * on the map" says nothing of the company a curated entry calls Zoom. A name
 * the reference data gives a thing as a short name ("Zoom" of Zoom Video
 * Communications) names it there only when the article says something of it
 * (a cue: "Zoom said", "Zoom shares"), or uses it elsewhere in a sentence. A
 * thing's own name ("Amazon") and a person's surname ("Trump has argued") are
 * left as they are.
 */
import { foldName } from '../names/fold';
import type { ReferenceIndex } from '../reference/reference-index';
import type { Cluster } from './clusters';

export function dropSentenceStartWords(clusters: Cluster[], reference: ReferenceIndex): void {
  for (const cluster of clusters) {
    const entry = cluster.reference;
    const form = cluster.candidates[0]?.form ?? '';
    // A newsmaker's surname ("Trump has argued") is theirs at a sentence start too: surname-matches judged it.
    if (!entry || entry.type === 'PERSON' || cluster.key.includes(' ') || foldName(entry.name) === foldName(form))
      continue;
    if (!cluster.candidates.every((c) => c.sentenceInitial && !c.cue && !c.fullName)) continue;
    if (reference.isOrdinaryWord(foldName(form))) cluster.reference = null;
  }
}
