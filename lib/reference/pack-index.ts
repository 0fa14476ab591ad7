/**
 * Answers lookups from a loaded knowledge pack by binary search over its
 * pre-sorted tiers, so that starting the background costs one JSON parse; an
 * entry's line is parsed when a lookup first reaches it.
 */

import { termLexicon } from '../detect/find-terms';
import type { ReferenceEntry } from '../model';
import { memoize } from '../util/memoize';
import { PACK_FORMAT, type PackEntry, type PackFile, type PackTier } from './pack-format';
import { type MatchTier, matcher, type ReferenceIndex, tierKey } from './reference-index';
import { singulars, valueInSortedLines } from './word-kinds';

/** Words whose answer the name-word search remembers. */
const MAX_CACHED_WORDS = 20_000;

export function packIndex(pack: PackFile): ReferenceIndex {
  const parts = [pack.entries, pack.exact, pack.folded, pack.key];
  if (pack.format !== PACK_FORMAT || parts.some((part) => typeof part !== 'string')) {
    throw new Error('knowledge pack: unknown format');
  }
  const cache = new Map<number, ReferenceEntry>();
  const lines = entryLines(pack.entries);
  const entryAt = (id: number): ReferenceEntry => {
    let entry = cache.get(id);
    if (!entry) {
      entry = toEntry(pack, lines.at(id));
      const kinds = pack.kinds?.[id];
      if (kinds) entry.kinds = kinds;
      cache.set(id, entry);
    }
    return entry;
  };
  const terms = new Set(pack.terms);
  const given = new Set(pack.givenNames ?? []);
  const wordGiven = new Set(pack.wordGivenNames ?? []);
  const tiers = { exact: pack.exact, folded: pack.folded, key: pack.key };
  const entriesAt = (name: string, tier: MatchTier) => idsOf(tiers[tier], tierKey(name, tier)).map(entryAt);
  const match = matcher(entriesAt);
  return {
    entriesAt,
    match,
    lookup: (name) => match(name)?.entry ?? null,
    get size() {
      return lines.count();
    },
    isTerm: (phrase) => terms.has(phrase),
    terms: pack.terms,
    termLexicon: termLexicon(pack.terms),
    isGivenName: (w) => given.has(w),
    isWordGivenName: (w) => wordGiven.has(w),
    isOrdinaryWord: memoize(
      (w) => ordinaryForms(w).some((f) => inSortedLines(pack.ordinaryWords ?? '', f)),
      MAX_CACHED_WORDS,
    ),
    isCompany: (w) => w.length > 0 && !w.includes('\n') && inSortedLines(pack.companies ?? '', w),
    nounKinds: memoize((w) => {
      for (const form of singulars(w)) {
        const kinds = valueInSortedLines(pack.nounKinds ?? '', form);
        if (kinds) return kinds;
      }
      return null;
    }, MAX_CACHED_WORDS),
    isPersonNameWord: memoize(
      (w) => w.length > 0 && !w.includes('\n') && inSortedLines(pack.nameWords ?? '', w),
      MAX_CACHED_WORDS,
    ),
  };
}

function idsOf(tier: PackTier, key: string): number[] {
  return valueInSortedLines(tier, key)?.split(',').map(Number) ?? [];
}

/** The entries' lines, found the first time one is asked for: one pass over the text. */
function entryLines(text: string): { at(id: number): PackEntry; count(): number } {
  let starts: number[] | null = null;
  const index = (): number[] => {
    if (starts) return starts;
    starts = text.length === 0 ? [] : [0];
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
    return starts;
  };
  return {
    at(id) {
      const all = index();
      const start = all[id];
      if (start === undefined) throw new Error(`knowledge pack: no entry ${id}`);
      const end = all[id + 1];
      return JSON.parse(text.slice(start, end === undefined ? text.length : end - 1)) as PackEntry;
    },
    count: () => index().length,
  };
}

function toEntry(pack: PackFile, [name, type, description, sources, facts]: PackEntry): ReferenceEntry {
  const labels = sources.map((s) => {
    const source = pack.sources[s];
    return source ? `${source.label} (${source.licence})` : 'unknown source';
  });
  const entry: ReferenceEntry = {
    name,
    type,
    description,
    source: 'pack',
    sourceLabel: labels.join('; '),
    sourceCount: sources.length,
  };
  if (facts) entry.facts = facts;
  if (sources.some((s) => pack.sources[s]?.curated)) entry.curated = true;
  return entry;
}

/** A word and the stems its plural or past tense may come from: "reprints", "provided". */
function ordinaryForms(word: string): string[] {
  if (word.length === 0 || word.includes('\n')) return [];
  const forms = [word];
  if (word.endsWith('s')) forms.push(word.slice(0, -1));
  if (word.endsWith('es') || word.endsWith('ed')) forms.push(word.slice(0, -2));
  if (word.endsWith('ies')) forms.push(`${word.slice(0, -3)}y`);
  if (word.endsWith('d')) forms.push(word.slice(0, -1));
  if (word.endsWith('ing')) forms.push(word.slice(0, -3), `${word.slice(0, -3)}e`);
  return forms;
}

/** Whether a word is a line of a sorted, newline-separated text: a line with no value is found with the value ''. */
const inSortedLines = (text: string, word: string) => valueInSortedLines(text, word) !== null;
