/** Turns merged records into the shipped pack: entries and sorted lookup tiers. */
import { PERSON_TITLES } from '../../lib/detect/lexicon/person-words';
import { SENTENCE_OPENERS } from '../../lib/detect/lexicon/sentence-openers';
import { foldName } from '../../lib/names/fold';
import { translitKey } from '../../lib/names/translit-key';
import {
  PACK_FORMAT,
  type PackEntry,
  type PackFile,
  type PackRecord,
  type PackSource,
  type PackTier,
} from '../../lib/reference/pack-format';

const MIN_KEY_LENGTH = 4;

export function indexRecords(
  records: PackRecord[],
  sources: PackSource[],
  moreGivenNames: string[] = [],
  isNotFirstName: (folded: string) => boolean = () => false,
): PackFile {
  const sorted = [...records].sort(
    (a, b) => compare(a.name, b.name) || compare(a.type, b.type) || compare(a.description, b.description),
  );
  const entries: PackEntry[] = sorted.map((r) =>
    r.facts ? [r.name, r.type, r.description, r.sources, r.facts] : [r.name, r.type, r.description, r.sources],
  );
  // JSON escapes a line break inside a string, so each entry stays on its line.
  const tiers = { exact: new Map<string, Map<number, number>>(), folded: new Map(), key: new Map() } as Record<
    'exact' | 'folded' | 'key',
    Map<string, Map<number, number>>
  >;
  const add = (tier: keyof typeof tiers, key: string, id: number, strength: number) => {
    const ids = tiers[tier].get(key) ?? new Map<number, number>();
    ids.set(id, Math.max(ids.get(id) ?? 0, strength));
    tiers[tier].set(key, ids);
  };
  const curated = new Set(sources.flatMap((s, i) => (s.curated ? [i] : [])));
  sorted.forEach((record, id) => {
    const chosen = record.sources.some((s) => curated.has(s));
    for (const form of [record.name, ...record.aliases]) {
      // Every name of a country ranks as its name: "America" is the United States as often as the continents.
      const named = form === record.name || record.otherNames?.includes(form) || record.facts?.kind === 'country';
      const strength = named ? NAME : chosen ? CURATED_ALIAS : ALIAS;
      add('exact', form.normalize('NFC'), id, strength);
      add('folded', foldName(form), id, strength);
      const key = translitKey(form);
      if (record.type !== 'TERM' && key.length >= MIN_KEY_LENGTH) add('key', key, id, strength);
    }
  });
  // Lower-case aliases are looked for too ("cease-fire"); capitalised ones ("GDP") are found as names.
  const terms = sorted
    .filter((r) => r.type === 'TERM' && r.detectable)
    .flatMap((r) => [r.name, ...r.aliases.filter((a) => a === a.toLowerCase())].map(foldName));
  return {
    format: PACK_FORMAT,
    sources,
    entries: entries.map((e) => JSON.stringify(e)).join('\n'),
    exact: toTier(tiers.exact, sorted),
    folded: toTier(tiers.folded, sorted),
    key: toTier(tiers.key, sorted),
    terms: [...new Set(terms)].sort(compare),
    givenNames: givenNames(sorted, moreGivenNames, isNotFirstName),
    kinds: sorted.map((r) => r.kinds ?? ''),
  };
}

/**
 * First names of the people in the pack ("Vladimir" of "Vladimir Putin"), less
 * any that also name a place or a term, so that a cue never contradicts data,
 * and less titles and epithets ("Duke" Ellington, "Mother" Teresa).
 */
function givenNames(records: PackRecord[], more: string[], isNotFirstName: (folded: string) => boolean): string[] {
  const other = new Set(
    records.filter((r) => r.type !== 'PERSON').flatMap((r) => [r.name, ...r.aliases].map(foldName)),
  );
  const names = new Set(more.filter((n) => !PERSON_TITLES.has(n) && !SENTENCE_OPENERS.has(n)));
  for (const r of records) {
    if (r.type !== 'PERSON') continue;
    const words = r.name.split(' ');
    const first = foldName(words[0] ?? '');
    if (
      words.length >= 2 &&
      /^[a-z\u00c0-\u024f'-]{2,}$/.test(first) &&
      !other.has(first) &&
      !PERSON_TITLES.has(first) &&
      !SENTENCE_OPENERS.has(first) &&
      !isNotFirstName(first)
    )
      names.add(first);
  }
  return [...names].sort(compare);
}

/** How a form ranks on its key: an entry's own name, a short name the curated entries chose for it, another alias. */
const [ALIAS, CURATED_ALIAS, NAME] = [1, 1.5, 2];

/**
 * A primary name outranks an alias: "Paris" the capital is not displaced by a
 * person whose surname it is. Entries of equal rank on one key stay, and make
 * the match ambiguous; so does a short name the curated entries chose for a
 * thing of another type than the names it meets ("Toyota", the company, beside
 * the city), which the article's words then settle.
 */
function toTier(map: Map<string, Map<number, number>>, records: PackRecord[]): PackTier {
  const lines: string[] = [];
  // A key that holds a tab or a line break could not be a line; no name has one.
  for (const key of [...map.keys()].filter((k) => !/[\t\n]/.test(k)).sort(compare)) {
    const ids: number[] = [];
    const byId = map.get(key) as Map<number, number>;
    const best = Math.max(...byId.values());
    const namedTypes = new Set([...byId].filter(([, s]) => s === best).map(([id]) => records[id]?.type));
    const kept = (id: number, strength: number) =>
      strength === best || (best === NAME && strength === CURATED_ALIAS && !namedTypes.has(records[id]?.type));
    for (const [id, strength] of [...byId].sort((a, b) => a[0] - b[0])) {
      if (kept(id, strength)) ids.push(id);
    }
    lines.push(`${key}\t${ids.join(',')}`);
  }
  return lines.join('\n');
}

/** Code-unit order, the same in every locale, so the same inputs give the same bytes. */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
