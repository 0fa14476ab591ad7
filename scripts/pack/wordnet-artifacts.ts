/**
 * Named things WordNet files among artifacts (its noun.artifact file) that the
 * news names as bodies or places: universities, stock exchanges and research
 * laboratories are bodies (Harvard University, the New York Stock Exchange);
 * buildings, bridges, monuments, museums, canals and dams are places (the
 * Louvre, the Golden Gate Bridge). Ships, aircraft, weapons, bells and the
 * objects of legend are neither, and stay out; so do racetracks and prisons,
 * whose one-word names are more often the districts they stand in ("Pimlico",
 * "Newgate").
 */
import type { EntityType } from '../../lib/model';
import type { Synset } from './read-wordnet';
import type { WordnetGraph } from './wordnet-graph';

/** WordNet's lexicographer file of artifacts. */
export const ARTIFACT_FILE = 6;

const BODY_KINDS = ['university', 'college', 'stock exchange', 'organization'];
const PLACE_KINDS = ['structure', 'facility', 'way', 'memorial', 'statue', 'body of water', 'geographical area'];
const NEITHER_KINDS = ['craft', 'vessel', 'device', 'equipment', 'weapon', 'racetrack', 'prison'];

/** The type a named artifact has in the news, or null for one that is neither a body nor a place. */
export function artifactType(synset: Synset, graph: WordnetGraph): EntityType | null {
  if (synset.lexfile !== ARTIFACT_FILE || !synset.isInstance || !/^\p{Lu}/u.test(synset.words[0] ?? '')) return null;
  const kinds = graph.kindsOf(synset);
  if (NEITHER_KINDS.some((k) => kinds.has(k))) return null;
  if (BODY_KINDS.some((k) => kinds.has(k))) return 'ORG';
  return PLACE_KINDS.some((k) => kinds.has(k)) ? 'PLACE' : null;
}

/**
 * The forms a named artifact goes by, less a one-word form that means something else first: an ordinary word
 * ("Capitol", "Pyramid", "Brown" of Brown University), a place ("Oxford", "Versailles") or a name the curated
 * entries were written for ("Kremlin", "White House", whose body the news means).
 */
export function artifactForms(
  synset: Synset,
  isWord: (word: string) => boolean,
  isPlace: (name: string) => boolean,
  isCurated: (name: string) => boolean,
): string[] {
  if (synset.words.some(isCurated)) return [];
  return synset.words.filter(
    (w) => /^\p{Lu}/u.test(w) && w.replace(/\./g, '').length > 2 && !isPlace(w) && !(!w.includes(' ') && isWord(w)),
  );
}
