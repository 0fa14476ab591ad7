/**
 * One-word company names, from @cspell/dict-companies (MIT, about 2,300
 * entries): a cue that an unknown one-word name is an organisation ("Costco",
 * "Snapchat", "Apple"). The list holds the words of multi-word names too
 * ("Bank", "Whole", "Oslo"), so it keeps only words that no other evidence
 * explains better: no tickers or acronyms, no places the pack knows, no first
 * names, no adjectives or adverbs, no words that head a body's or a place's
 * name, no nationality words.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ORG_HEADS, PLACE_HEADS } from '../../lib/detect/lexicon/place-org-words';
import { foldName } from '../../lib/names/fold';
import { compare } from './index-records';

const SHORTEST = 4;
/** Capitalised words that are directions or regions, never a company on their own. */
const DIRECTIONS = new Set(
  'north south east west northern southern eastern western central northeast northwest southeast southwest pacific atlantic'.split(
    ' ',
  ),
);

export function companyNames(listFile: string, wordnetDir: string, excluded: (folded: string) => boolean): string[] {
  const describing = describingWords(wordnetDir);
  const names = new Set<string>();
  for (const line of readFileSync(listFile, 'utf8').split(/\r?\n/)) {
    const word = line.trim();
    if (word.length < SHORTEST || word.startsWith('#') || /\s/.test(word)) continue;
    // "AAPL", "ABBV": tickers and acronyms; an acronym is an organisation by default anyway.
    if (!/^\p{Lu}/u.test(word) || /^[\p{Lu}\d&.-]+$/u.test(word)) continue;
    const folded = foldName(word);
    if (describing.has(folded) || ORG_HEADS.has(folded) || PLACE_HEADS.has(folded) || DIRECTIONS.has(folded)) continue;
    if (excluded(folded)) continue;
    names.add(folded);
  }
  return [...names].sort(compare);
}

/** Adjectives and adverbs WordNet lists: "Advanced", "General", "Swiss". */
function describingWords(wordnetDir: string): Set<string> {
  const out = new Set<string>();
  for (const file of ['index.adj', 'index.adv']) {
    for (const line of readFileSync(join(wordnetDir, file), 'utf8').split('\n')) {
      if (line && !line.startsWith(' ')) out.add(line.slice(0, line.indexOf(' ')).toLowerCase());
    }
  }
  return out;
}
