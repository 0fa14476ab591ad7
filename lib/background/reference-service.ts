/**
 * The reference data the background answers from: the reader's glossaries
 * layered over the knowledge pack. The pack loads once per start; the
 * glossaries are read again whenever they change.
 */

import { glossaryIndex, layerIndexes } from '../glossary/glossary-index';
import type { Glossary } from '../glossary/glossary-model';
import type { ReferenceIndex } from '../reference/reference-index';

export interface ReferenceSources {
  loadPack(): Promise<ReferenceIndex>;
  readGlossaries(): Promise<Glossary[]>;
  /** Calls back when the stored glossaries change. */
  watchGlossaries(onChange: () => void): void;
}

export function referenceService(sources: ReferenceSources): () => Promise<ReferenceIndex> {
  const pack = sources.loadPack();
  let current: Promise<ReferenceIndex> | null = null;
  sources.watchGlossaries(() => {
    current = null;
  });
  return () => {
    current ??= Promise.all([pack, sources.readGlossaries()]).then(([p, glossaries]) =>
      glossaries.length > 0 ? layerIndexes(glossaryIndex(glossaries), p) : p,
    );
    return current;
  };
}
