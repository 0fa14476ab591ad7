/** Walks WordNet's hypernym and part-of pointers, remembering what it has walked. */
import type { Synset } from './read-wordnet';

/** Deeper than any chain in WordNet's nouns; a guard against a cycle in broken data. */
const MAX_DEPTH = 24;

export interface WordnetGraph {
  /** The first word of every synset above this one: "city", "municipality", … "entity". */
  kindsOf(synset: Synset): ReadonlySet<string>;
  /** The synsets this one is part of, nearest first: Seattle's Washington, then the United States. */
  wholesOf(synset: Synset): Synset[];
}

export function wordnetGraph(synsets: Map<string, Synset>): WordnetGraph {
  const kinds = new Map<string, Set<string>>();
  const kindsOf = (synset: Synset, depth = 0): Set<string> => {
    const known = kinds.get(synset.offset);
    if (known) return known;
    const out = new Set<string>();
    if (depth < MAX_DEPTH) {
      for (const offset of synset.hypernyms) {
        const up = synsets.get(offset);
        if (!up) continue;
        out.add(up.words[0] as string);
        for (const k of kindsOf(up, depth + 1)) out.add(k);
      }
    }
    kinds.set(synset.offset, out);
    return out;
  };
  const wholesOf = (synset: Synset): Synset[] => {
    const out: Synset[] = [];
    const seen = new Set([synset.offset]);
    let layer = [synset];
    for (let depth = 0; depth < MAX_DEPTH && layer.length > 0; depth++) {
      const next: Synset[] = [];
      for (const s of layer)
        for (const offset of s.partOf) {
          const whole = synsets.get(offset);
          if (!whole || seen.has(offset)) continue;
          seen.add(offset);
          out.push(whole);
          next.push(whole);
        }
      layer = next;
    }
    return out;
  };
  return { kindsOf, wholesOf };
}
