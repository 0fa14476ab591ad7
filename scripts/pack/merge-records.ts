/**
 * One entry per thing: merges records that describe the same thing across
 * sources (the curated file, then cities, regions and WordNet, in that order
 * of trust). Places are the same place only when their kind, country and
 * first-level region agree; organisations when they share a full name (or an
 * acronym and most of its expansion); people when they share a full name.
 * Structured sources give facts; a gloss gives the description where it has one.
 */
import type { PlaceKind } from '../../lib/model';
import { foldName } from '../../lib/names/fold';
import type { PackRecord } from '../../lib/reference/pack-format';
import type { CountryCodes } from './country-codes';

const NO_CODES: CountryCodes = { codeOf: () => undefined, nameOf: () => undefined, namesOf: () => [] };

/** Records in priority order; earlier ones win. */
export function mergeRecords(
  groups: PackRecord[][],
  structured: ReadonlySet<number>,
  codes: CountryCodes = NO_CODES,
): PackRecord[] {
  const merged: PackRecord[] = [];
  const byName = new Map<string, PackRecord[]>();
  const same = sameThing(codes, structured);
  for (const group of groups) {
    for (const record of group) {
      // Records merge through any shared name: GeoNames' "Nur-Sultan" is Astana, WordNet's "Kyyiv" (alias Kiev) is Kyiv.
      const found = [record.name, ...record.aliases].flatMap(
        (form) => byName.get(`${record.type}:${foldName(form)}`) ?? [],
      );
      const existing = best(
        [...new Set(found)].filter((r) => same(r, record)),
        record,
      );
      if (!existing) {
        const copy = { ...record, aliases: [...record.aliases], sources: [...record.sources] };
        if (record.facts) copy.facts = { ...record.facts };
        merged.push(copy);
        for (const form of [copy.name, ...copy.aliases]) {
          const formKey = `${copy.type}:${foldName(form)}`;
          byName.set(formKey, [...(byName.get(formKey) ?? []), copy]);
        }
        continue;
      }
      absorb(existing, record, structured);
      for (const form of [record.name, ...record.aliases]) {
        const formKey = `${record.type}:${foldName(form)}`;
        const list = byName.get(formKey) ?? [];
        if (!list.includes(existing)) byName.set(formKey, [...list, existing]);
      }
    }
  }
  return merged;
}

function absorb(existing: PackRecord, record: PackRecord, structured: ReadonlySet<number>): void {
  existing.aliases = [...new Set([...existing.aliases, record.name, ...record.aliases])].filter(
    (a) => a !== existing.name,
  );
  const kind = strongerKind(existing.facts?.kind, record.facts?.kind);
  if (record.facts || existing.facts)
    existing.facts = { ...record.facts, ...existing.facts, ...(kind ? { kind } : {}) };
  existing.detectable ||= record.detectable;
  if (record.kinds) existing.kinds = [...new Set([...(existing.kinds ?? ''), ...record.kinds])].sort().join('');
  if (record.name !== existing.name)
    existing.otherNames = [...new Set([...(existing.otherNames ?? []), record.name, ...(record.otherNames ?? [])])];
  // Countries and cities describe themselves in one line of facts; a gloss says more.
  const plain = existing.sources.every((s) => structured.has(s)) && !record.sources.some((s) => structured.has(s));
  if (plain) existing.description = record.description;
  existing.sources = [...new Set([...existing.sources, ...record.sources])];
}

/** A city that one source knows as its country's capital is the capital; a city absorbs a listed region. */
function strongerKind(a: PlaceKind | undefined, b: PlaceKind | undefined): PlaceKind | undefined {
  if (a === 'capital' || b === 'capital') return 'capital';
  if (a === 'city' || b === 'city') return 'city';
  return a ?? b;
}

/** Of the records a new one could join, the one that agrees with it on most: kind, then region, then name. */
function best(candidates: PackRecord[], record: PackRecord): PackRecord | undefined {
  let top: PackRecord | undefined;
  let topScore = -1;
  for (const c of candidates) {
    const score =
      (c.facts?.kind && c.facts.kind === record.facts?.kind ? 2 : 0) +
      (c.facts?.admin && c.facts.admin === record.facts?.admin ? 2 : 0) +
      (foldName(c.name) === foldName(record.name) ? 1 : 0);
    if (score > topScore) [top, topScore] = [c, score];
  }
  return top;
}

const cityLike = (kind: PlaceKind | undefined) => (kind === 'capital' ? 'city' : kind);

function sameThing(codes: CountryCodes, structured: ReadonlySet<number>) {
  // A province that only a list of regions knows, named as its city ("Adana", "Almaty"): the
  // name means the city, whose card the list adds nothing to.
  const listedRegion = (r: PackRecord) => r.facts?.kind === 'region' && r.sources.every((s) => structured.has(s));
  const countryOf = (r: PackRecord) => {
    if (r.facts?.code) return r.facts.code;
    const country = r.facts?.country;
    return country ? (codes.codeOf(country) ?? foldName(country)) : undefined;
  };
  const mentions = (r: PackRecord, code: string, written: string | undefined) =>
    [...codes.namesOf(code), written ?? ''].some((name) => name.length > 2 && r.description.includes(name));
  return (a: PackRecord, b: PackRecord): boolean => {
    // Within one source, two records are two things: WordNet's Russian Empire is not the Federation.
    if (b.sources.some((s) => a.sources.includes(s))) return false;
    if (a.type === 'PERSON') return sharesForm(a, b, (f) => f.includes(' '));
    if (a.type === 'ORG') return sharesForm(a, b, (f) => !isAcronym(f)) || sameExpansion(a, b);
    if (a.type !== 'PLACE') return true;
    const [kindA, kindB] = [cityLike(a.facts?.kind), cityLike(b.facts?.kind)];
    const cityOfRegion = (kindA === 'city' && listedRegion(b)) || (kindB === 'city' && listedRegion(a));
    if (kindA && kindB && kindA !== kindB && !cityOfRegion) return false;
    const [adminA, adminB] = [a.facts?.admin, b.facts?.admin];
    if (adminA && adminB && foldName(adminA) !== foldName(adminB)) return false;
    const [countryA, countryB] = [countryOf(a), countryOf(b)];
    if (countryA && countryB) return countryA === countryB;
    // A city and a gloss that names another country are two places; one that names none is one.
    const country = countryA ?? countryB;
    const [placed, other] = countryA ? [a, b] : [b, a];
    return !country || mentions(other, country, placed.facts?.country);
  };
}

const isAcronym = (form: string) => /^(?:[\p{Lu}\d&]{2,8}|(?:\p{Lu}\.){2,})$/u.test(form);

function sharesForm(a: PackRecord, b: PackRecord, counts: (form: string) => boolean): boolean {
  const forms = new Set([a.name, ...a.aliases].filter(counts).map(foldName));
  return [b.name, ...b.aliases].some((f) => counts(f) && forms.has(foldName(f)));
}

const SMALL_WORDS = new Set(['of', 'the', 'and', 'for', 'on', 'in', '&']);

/** "OPEC" of two sources that spell its expansion a little differently: most words in common. */
function sameExpansion(a: PackRecord, b: PackRecord): boolean {
  const words = (r: PackRecord) => {
    const longest = [r.name, ...r.aliases].reduce((x, y) => (y.length > x.length ? y : x));
    return new Set(
      foldName(longest)
        .split(/[\s-]+/)
        .filter((w) => !SMALL_WORDS.has(w)),
    );
  };
  const [wa, wb] = [words(a), words(b)];
  const common = [...wa].filter((w) => wb.has(w)).length;
  return common > 0 && common / new Set([...wa, ...wb]).size >= 0.5;
}
