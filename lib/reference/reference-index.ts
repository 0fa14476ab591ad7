/**
 * Looks names up in reference data in tiers: the exact string, then case and
 * accents folded, then (for proper names only) the transliteration key. Two
 * entries on one key make the match ambiguous, and an ambiguous match names no
 * entry: a wrong card is worse than none.
 */
import { type TermLexicon, termLexicon } from '../detect/find-terms';
import type { EntityType, ReferenceEntry, SourceKind } from '../model';
import { foldName } from '../names/fold';
import { translitKey } from '../names/translit-key';

export interface ReferenceRecord {
  name: string;
  type: EntityType;
  description: string;
  aliases?: string[];
}

export type MatchTier = 'exact' | 'folded' | 'key';

export interface ReferenceMatch {
  entry: ReferenceEntry | null;
  tier: MatchTier;
  /** Every entry the name could mean, when it could mean more than one. */
  ambiguous: ReferenceEntry[];
}

export interface ReferenceIndex {
  /** The entries one tier's key of the name points to. */
  entriesAt(name: string, tier: MatchTier): ReferenceEntry[];
  lookup(name: string): ReferenceEntry | null;
  match(name: string): ReferenceMatch | null;
  readonly size: number;
  /** Whether a folded phrase is a term that detection looks for in running text. */
  isTerm(phrase: string): boolean;
  /** Every such phrase. */
  readonly terms: readonly string[];
  /** The same phrases, ready for detection to search text with. */
  readonly termLexicon: TermLexicon;
  /** Whether a folded word is a known first name. */
  isGivenName(word: string): boolean;
  /** Whether a folded word is a known first or last name of people. */
  isPersonNameWord(word: string): boolean;
  /** Whether a folded word is a first name that is also an ordinary word or a place ("john", "mark"). */
  isWordGivenName(word: string): boolean;
  /** Whether a folded word is an ordinary English word (or its plural or past tense). */
  isOrdinaryWord(word: string): boolean;
  /** Whether a folded one-word name is a company's. */
  isCompany(word: string): boolean;
  /** The kinds of thing a lower-case common noun may name (lib/reference/word-kinds), or null when unknown. */
  nounKinds?(word: string): string | null;
}

type Tier = Map<string, ReferenceEntry[]>;

/** Keys shorter than this match too much by accident. */
const MIN_KEY_LENGTH = 4;

export function buildReferenceIndex(
  records: readonly ReferenceRecord[],
  source: SourceKind,
  sourceLabel: string,
): ReferenceIndex {
  const tiers: Record<MatchTier, Tier> = { exact: new Map(), folded: new Map(), key: new Map() };
  const add = (tier: Tier, key: string, entry: ReferenceEntry) => {
    const list = tier.get(key);
    if (!list) tier.set(key, [entry]);
    else if (!list.includes(entry)) list.push(entry);
  };
  for (const record of records) {
    const entry: ReferenceEntry = {
      name: record.name,
      type: record.type,
      description: record.description,
      source,
      sourceLabel,
    };
    for (const form of [record.name, ...(record.aliases ?? [])]) {
      add(tiers.exact, form.normalize('NFC'), entry);
      add(tiers.folded, foldName(form), entry);
      const key = translitKey(form);
      if (record.type !== 'TERM' && key.length >= MIN_KEY_LENGTH) add(tiers.key, key, entry);
    }
  }
  const entriesAt = (name: string, tier: MatchTier) => tiers[tier].get(tierKey(name, tier)) ?? [];
  const match = matcher(entriesAt);
  const terms = records.filter((r) => r.type === 'TERM').map((r) => foldName(r.name));
  const termSet = new Set(terms);
  return {
    entriesAt,
    match,
    lookup: (name) => match(name)?.entry ?? null,
    size: records.length,
    isTerm: (p) => termSet.has(p),
    terms,
    termLexicon: termLexicon(terms),
    isGivenName: () => false,
    isPersonNameWord: () => false,
    isWordGivenName: () => false,
    isCompany: () => false,
    isOrdinaryWord: () => false,
  };
}

export const TIERS: readonly MatchTier[] = ['exact', 'folded', 'key'];

/** The key a name has in one tier. */
export function tierKey(name: string, tier: MatchTier): string {
  return tier === 'exact' ? name.normalize('NFC') : tier === 'folded' ? foldName(name) : translitKey(name);
}

/** Tries the tiers in order; the first that knows the name decides, and names one entry or several. */
export function matcher(
  entriesAt: (name: string, tier: MatchTier) => ReferenceEntry[],
): (name: string) => ReferenceMatch | null {
  return (name) => {
    for (const tier of TIERS) {
      const hits = entriesAt(name, tier);
      if (hits.length === 0) continue;
      return hits.length === 1
        ? { entry: hits[0] as ReferenceEntry, tier, ambiguous: [] }
        : { entry: null, tier, ambiguous: hits };
    }
    return null;
  };
}
