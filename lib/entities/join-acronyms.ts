/** Coreference for acronyms: "NNPC" joins the one name of the article whose initials it spells. */
import { isAcronym } from '../detect/shapes';
import type { Cluster } from './clusters';

const LEGAL_FORMS = new Set(['limited', 'ltd', 'inc', 'plc', 'llc', 'corp', 'sa', 'ag', 'gmbh']);
const SKIPPED_IN_INITIALS = new Set(['of', 'and', 'for', 'on', 'the', 'de', 'du', 'la', 'le', '&']);

export function joinAcronyms(roots: Cluster[], parent: Map<Cluster, Cluster>): void {
  const byInitials = new Map<string, Cluster[]>();
  for (const c of roots) {
    if (parent.has(c)) continue;
    for (const letters of new Set(initialsOf(c))) {
      const list = byInitials.get(letters);
      if (list) list.push(c);
      else byInitials.set(letters, [c]);
    }
  }
  for (const cluster of roots) {
    const form = acronymOf(cluster.candidates[0]?.form ?? '');
    if (cluster.reference || parent.has(cluster) || !form) continue;
    const found = onlyOne(
      byInitials.get(form.replace(/\./g, '').toUpperCase()) ?? [],
      (c) => c !== cluster && !parent.has(c),
    );
    if (found) parent.set(cluster, found);
  }
}

/** The one item that passes, or null when none or several do: it stops at the second, however long the list. */
function onlyOne<T>(items: readonly T[], passes: (item: T) => boolean): T | null {
  let found: T | null = null;
  for (const item of items) {
    if (!passes(item)) continue;
    if (found !== null) return null;
    found = item;
  }
  return found;
}

/** "NNPC", or "NNPC" of "NNPC Ltd": the acronym a name is written as, if any. */
function acronymOf(form: string): string | null {
  if (isAcronym(form)) return form;
  const [first, legal, ...rest] = form.split(/[\s\u00A0]+/);
  return rest.length === 0 && first && legal && isAcronym(first) && LEGAL_FORMS.has(legal.toLowerCase()) ? first : null;
}

/** The initials of a name, without and with its connectors: "BE" and "BOE" for "Bank of England". */
function initialsOf(cluster: Cluster): string[] {
  const form = cluster.candidates.reduce((a, c) => (c.form.length > a.length ? c.form : a), '');
  const all = form.split(/[\s\u00A0-]+/).filter(Boolean);
  if (all.length < 2) return [];
  const letters = (words: string[]) => words.map((w) => w[0]?.toUpperCase() ?? '').join('');
  const spelled = [letters(all.filter((w) => !SKIPPED_IN_INITIALS.has(w))), letters(all.filter((w) => w !== 'the'))];
  // "NNPC" for "Nigerian National Petroleum Company Limited": the legal form is left out of acronyms.
  return LEGAL_FORMS.has((all[all.length - 1] as string).toLowerCase())
    ? [...spelled, ...spelled.map((s) => s.slice(0, -1))]
    : spelled;
}
