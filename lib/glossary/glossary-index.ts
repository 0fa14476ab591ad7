/** The reader's glossaries as a reference index, and that index layered over the pack. */
import { termLexicon } from '../detect/find-terms';
import { buildReferenceIndex, type ReferenceIndex } from '../reference/reference-index';
import type { Glossary } from './glossary-model';

export function glossaryIndex(glossaries: Glossary[]): ReferenceIndex {
  // Later imports come first: the reader's newest word on a name wins.
  const indexes = [...glossaries].reverse().map((g) =>
    buildReferenceIndex(
      g.entries.map((e) => ({ name: e.name, type: e.type, description: e.description, aliases: e.aliases })),
      'glossary',
      `from your glossary ${g.name}`,
    ),
  );
  return indexes.reduce<ReferenceIndex>(
    (acc, next) => layerIndexes(acc, next),
    buildReferenceIndex([], 'glossary', ''),
  );
}

/** The first index answers every name it knows; the second answers the rest. Terms of both are looked for. */
export function layerIndexes(first: ReferenceIndex, then: ReferenceIndex): ReferenceIndex {
  const match = (name: string) => first.match(name) ?? then.match(name);
  const terms = [...new Set([...first.terms, ...then.terms])];
  return {
    entriesAt: (name, tier) => {
      const own = first.entriesAt(name, tier);
      return own.length > 0 ? own : then.entriesAt(name, tier);
    },
    match,
    lookup: (name) => match(name)?.entry ?? null,
    size: first.size + then.size,
    isTerm: (phrase) => first.isTerm(phrase) || then.isTerm(phrase),
    terms,
    termLexicon: termLexicon(terms),
    isGivenName: (w) => first.isGivenName(w) || then.isGivenName(w),
    isPersonNameWord: (w) => first.isPersonNameWord(w) || then.isPersonNameWord(w),
    isWordGivenName: (w) => first.isWordGivenName(w) || then.isWordGivenName(w),
    isCompany: (w) => first.isCompany(w) || then.isCompany(w),
    isOrdinaryWord: (w) => first.isOrdinaryWord(w) || then.isOrdinaryWord(w),
    nounKinds: (w) => first.nounKinds?.(w) ?? then.nounKinds?.(w) ?? null,
  };
}
