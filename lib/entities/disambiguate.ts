/**
 * Tells apart reference entries that share a name by the article's other
 * names: Paris with France nearby is the French capital; Georgia with Tbilisi
 * or the Caucasus is the country. Without such evidence the name stays
 * ambiguous rather than guessed.
 */
import type { ReferenceEntry } from '../model';
import { foldName } from '../names/fold';

export function chooseByContext(
  candidates: ReferenceEntry[],
  articleNames: ReadonlySet<string>,
): ReferenceEntry | null {
  const scored = candidates.map((entry) => ({ entry, score: evidence(entry, articleNames) }));
  const top = Math.max(...scored.map((s) => s.score));
  if (top <= 0) return onlyCountry(candidates);
  const best = scored.filter((s) => s.score === top).map((s) => s.entry);
  return best.length === 1 ? (best[0] as ReferenceEntry) : (onlyCountry(best) ?? sameThing(best));
}

/**
 * Entries of one name and type from different sources, none placing it in
 * another country, describe one thing: the country in WordNet and in the
 * countries file.
 */
function sameThing(entries: ReferenceEntry[]): ReferenceEntry | null {
  const [first, ...rest] = entries as [ReferenceEntry, ...ReferenceEntry[]];
  const countries = new Set(entries.map((e) => e.facts?.country).filter(Boolean));
  if (countries.size > 1 || rest.some((e) => e.name !== first.name || e.type !== first.type)) return null;
  const facts = Object.assign({}, ...entries.map((e) => e.facts ?? {}).reverse());
  return { ...first, facts, sourceLabel: [...new Set(entries.map((e) => e.sourceLabel))].join('; ') };
}

/** Shorter names are too often parts of ordinary words to count as evidence. */
const MIN_EVIDENCE_CHARS = 4;

/**
 * How many of the article's other names the entry's description and facts mention, as whole words. The cheaper
 * way round is taken: each name looked for in the text, or each stretch of whole words in the text looked up among
 * the names. Either gives the same count, and a page with 20,000 names costs each entry at most its text's stretches.
 */
function evidence(entry: ReferenceEntry, articleNames: ReadonlySet<string>): number {
  const facts = entry.facts ?? {};
  const text = foldName([entry.description, facts.country, facts.region, facts.capital].filter(Boolean).join(' '));
  const own = foldName(entry.name);
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i <= text.length; i++) {
    const letterBefore = i > 0 && isLetter(text[i - 1] as string);
    const letterHere = i < text.length && isLetter(text[i] as string);
    if (!letterBefore) starts.push(i);
    if (!letterHere) ends.push(i);
  }
  const counts = (name: string) => name.length >= MIN_EVIDENCE_CHARS && name !== own;
  if (articleNames.size <= starts.length * ends.length) {
    let score = 0;
    for (const name of articleNames) if (counts(name) && wholeWordsIn(text, name)) score++;
    return score;
  }
  const seen = new Set<string>();
  for (const s of starts)
    for (const e of ends) {
      if (e - s < MIN_EVIDENCE_CHARS) continue;
      const stretch = text.slice(s, e);
      if (articleNames.has(stretch) && counts(stretch)) seen.add(stretch);
    }
  return seen.size;
}

const isLetter = (char: string): boolean => /\p{L}/u.test(char);

function wholeWordsIn(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1))
    if (!isLetter(text[at - 1] ?? ' ') && !isLetter(text[at + name.length] ?? ' ')) return true;
  return false;
}

/**
 * With no evidence either way, a name that is a sovereign country's and
 * otherwise only a former state's or a namesake's ("Russia": the Federation,
 * the Empire) means the country.
 */
function onlyCountry(entries: ReferenceEntry[]): ReferenceEntry | null {
  const isCountry = (e: ReferenceEntry) => e.type === 'PLACE' && !!e.facts?.capital && !e.facts.country;
  const countries = entries.filter(isCountry);
  const others = entries.filter((e) => !isCountry(e));
  const country = countries[0];
  if (countries.length !== 1 || !country || others.some((e) => e.type !== 'PLACE' || e.facts?.capital)) return null;
  return country;
}
