/**
 * Merges records that describe the same thing across sources: the curated
 * file, then countries, cities and WordNet, in that order of trust. Structured
 * sources give facts; WordNet's gloss gives the description where it has one.
 */
import { foldName } from '../../lib/names/fold';
import type { PackRecord } from '../../lib/reference/pack-format';

/** Records in priority order; earlier ones win. */
export function mergeRecords(groups: PackRecord[][], structured: ReadonlySet<number>): PackRecord[] {
  const merged: PackRecord[] = [];
  const byName = new Map<string, PackRecord[]>();
  for (const group of groups) {
    for (const record of group) {
      // Records merge through any shared name: GeoNames' "Nur-Sultan" is Astana, WordNet's "Kyyiv" (alias Kiev) is Kyiv.
      const existing = [record.name, ...record.aliases]
        .flatMap((form) => byName.get(`${record.type}:${foldName(form)}`) ?? [])
        .find((r) => sameThing(r, record));
      if (!existing) {
        const copy = { ...record, aliases: [...record.aliases], sources: [...record.sources] };
        merged.push(copy);
        for (const form of [copy.name, ...copy.aliases]) {
          const formKey = `${copy.type}:${foldName(form)}`;
          byName.set(formKey, [...(byName.get(formKey) ?? []), copy]);
        }
        continue;
      }
      existing.aliases.push(record.name);
      existing.aliases = [...new Set([...existing.aliases, ...record.aliases])];
      existing.facts = { ...record.facts, ...existing.facts };
      existing.detectable ||= record.detectable;
      // Countries and cities describe themselves in one line of facts; a gloss says more.
      const plain = existing.sources.every((s) => structured.has(s)) && !record.sources.some((s) => structured.has(s));
      if (plain) existing.description = record.description;
      existing.sources = [...new Set([...existing.sources, ...record.sources])];
    }
  }
  return merged;
}

/**
 * Two places of one name are the same place only when nothing says otherwise:
 * a city and a WordNet gloss that names another country are two places.
 */
function sameThing(a: PackRecord, b: PackRecord): boolean {
  // Within one source, two records are two things: WordNet's Russian Empire is not the Federation.
  if (b.sources.some((s) => a.sources.includes(s))) return false;
  const countryA = a.facts?.country;
  const countryB = b.facts?.country;
  if (countryA && countryB) return countryA === countryB;
  const country = countryA ?? countryB;
  const other = countryA ? b : a;
  return !country || other.facts !== undefined || other.description.includes(country) || a.type !== 'PLACE';
}
