/** Several reference indexes answering as one: the main pack and the separately licensed countries file. */
import { termLexicon } from '../detect/find-terms';
import type { ReferenceEntry } from '../model';
import { memoize } from '../util/memoize';
import { type MatchTier, matcher, type ReferenceIndex } from './reference-index';

/** Names whose matches the combined index remembers. */
const MAX_CACHED_MATCHES = 20_000;

/**
 * Several indexes of equal standing answering as one: a name that two of them
 * know as different things is ambiguous, as within one index.
 */
export function combineIndexes(peers: ReferenceIndex[]): ReferenceIndex {
  // One thing known to two peers ("Kazakhstan" in WordNet and in the countries file) is one
  // entry, with the first peer's description and both peers' facts and sources: the same
  // country code, or else the only entry of that name and type. Two places of one name
  // within a peer ("Paris" in France and in Texas) stay two.
  const entriesAt = (name: string, tier: MatchTier) => {
    const out: ReferenceEntry[] = [];
    for (const peer of peers) {
      const before = out.length;
      for (const e of peer.entriesAt(name, tier)) {
        const earlier = out.slice(0, before);
        const code = e.facts?.code;
        const byCode = code ? earlier.filter((o) => o.facts?.code === code) : [];
        const same =
          byCode.length > 0
            ? byCode
            : earlier.filter((o) => o.type === e.type && o.name === e.name && (!code || !o.facts?.code));
        const first = same[0];
        if (same.length === 1 && first) {
          out[out.indexOf(first)] = {
            ...first,
            facts: { ...e.facts, ...first.facts },
            sourceLabel: `${first.sourceLabel}; ${e.sourceLabel}`,
            sourceCount: (first.sourceCount ?? 1) + (e.sourceCount ?? 1),
          };
        } else out.push(e);
      }
    }
    return out;
  };
  // The background answers page after page; the same names come back again and again.
  const match = memoize(matcher(entriesAt), MAX_CACHED_MATCHES);
  const terms = [...new Set(peers.flatMap((p) => p.terms))].sort();
  return {
    entriesAt,
    match,
    lookup: (name) => match(name)?.entry ?? null,
    size: peers.reduce((n, p) => n + p.size, 0),
    isTerm: (phrase) => peers.some((p) => p.isTerm(phrase)),
    terms,
    termLexicon: termLexicon(terms),
    isGivenName: (word) => peers.some((p) => p.isGivenName(word)),
    isPersonNameWord: (word) => peers.some((p) => p.isPersonNameWord(word)),
    isWordGivenName: (word) => peers.some((p) => p.isWordGivenName(word)),
    isCompany: (word) => peers.some((p) => p.isCompany(word)),
    isOrdinaryWord: (word) => peers.some((p) => p.isOrdinaryWord(word)),
    nounKinds: (word) => {
      for (const peer of peers) {
        const kinds = peer.nounKinds?.(word);
        if (kinds) return kinds;
      }
      return null;
    },
  };
}
