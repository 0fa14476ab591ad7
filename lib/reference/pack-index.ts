/**
 * Answers lookups from a loaded knowledge pack by binary search over its
 * pre-sorted tiers, so that starting the background costs one JSON parse.
 */
import type { ReferenceEntry } from '../model';
import { foldName } from '../names/fold';
import { translitKey } from '../names/translit-key';
import type { PackEntry, PackFile, PackTier } from './pack-format';
import type { MatchTier, ReferenceIndex, ReferenceMatch } from './reference-index';

export function packIndex(pack: PackFile): ReferenceIndex {
  if (pack.format !== 1 || !Array.isArray(pack.entries)) throw new Error('knowledge pack: unknown format');
  const cache = new Map<number, ReferenceEntry>();
  const entryAt = (id: number): ReferenceEntry => {
    let entry = cache.get(id);
    if (!entry) {
      entry = toEntry(pack, pack.entries[id] as PackEntry);
      cache.set(id, entry);
    }
    return entry;
  };
  const terms = new Set(pack.terms);
  const given = new Set(pack.givenNames ?? []);
  const match = (name: string): ReferenceMatch | null => {
    const probes: [MatchTier, PackTier, string][] = [
      ['exact', pack.exact, name.normalize('NFC')],
      ['folded', pack.folded, foldName(name)],
      ['key', pack.key, translitKey(name)],
    ];
    for (const [tier, data, key] of probes) {
      const ids = idsOf(data, key);
      if (ids.length === 0) continue;
      const entries = ids.map(entryAt);
      return entries.length === 1
        ? { entry: entries[0] as ReferenceEntry, tier, ambiguous: [] }
        : { entry: null, tier, ambiguous: entries };
    }
    return null;
  };
  return {
    match,
    lookup: (name) => match(name)?.entry ?? null,
    size: pack.entries.length,
    isTerm: (phrase) => terms.has(phrase),
    terms: pack.terms,
    isGivenName: (w) => given.has(w),
  };
}

function idsOf(tier: PackTier, key: string): number[] {
  let lo = 0;
  let hi = tier.keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tier.keys[mid] as string) < key) lo = mid + 1;
    else hi = mid;
  }
  const ids: number[] = [];
  for (let i = lo; i < tier.keys.length && tier.keys[i] === key; i++) ids.push(tier.ids[i] as number);
  return ids;
}

function toEntry(pack: PackFile, [name, type, description, sources, facts]: PackEntry): ReferenceEntry {
  const labels = sources.map((s) => {
    const source = pack.sources[s];
    return source ? `${source.label} (${source.licence})` : 'unknown source';
  });
  const entry: ReferenceEntry = { name, type, description, source: 'pack', sourceLabel: labels.join('; ') };
  if (facts) entry.facts = facts;
  return entry;
}
