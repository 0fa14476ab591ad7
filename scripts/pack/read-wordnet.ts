/**
 * Reads WordNet's noun database (wndb(5) format): data.noun for synsets with
 * their words, lexicographer file, pointers and gloss; index.noun for each
 * lemma's senses in frequency order.
 */
import { readFileSync } from 'node:fs';

export interface Synset {
  offset: string;
  /** Lexicographer file number: 15 noun.location, 18 noun.person, … */
  lexfile: number;
  /** Words as WordNet writes them, with spaces for underscores. */
  words: string[];
  gloss: string;
  /** An instance of a category (a named person, place or group), not a category. */
  isInstance: boolean;
  /** Noun synsets this one is a kind or an instance of. */
  hypernyms: string[];
  /** Noun synsets this one is a part of: Seattle of Washington, Washington of the United States. */
  partOf: string[];
}

export interface LemmaSenses {
  /** Synset offsets, most frequent sense first. */
  offsets: string[];
}

export function readSynsets(path: string): Map<string, Synset> {
  const synsets = new Map<string, Synset>();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.length === 0 || line.startsWith('  ')) continue; // licence header lines start with two spaces
    const bar = line.indexOf(' | ');
    const fields = (bar >= 0 ? line.slice(0, bar) : line).split(' ');
    const gloss = bar >= 0 ? line.slice(bar + 3).trim() : '';
    const [offset, lexfile, , hexCount] = fields as [string, string, string, string];
    const count = Number.parseInt(hexCount, 16);
    const words: string[] = [];
    for (let i = 0; i < count; i++) words.push(cleanWord(fields[4 + i * 2] as string));
    const pointerStart = 4 + count * 2;
    const pointerCount = Number(fields[pointerStart]);
    let isInstance = false;
    const hypernyms: string[] = [];
    const partOf: string[] = [];
    for (let p = 0; p < pointerCount; p++) {
      const [symbol, target, pos] = fields.slice(pointerStart + 1 + p * 4, pointerStart + 4 + p * 4);
      if (symbol === '@i') isInstance = true;
      if (pos !== 'n' || !target) continue;
      if (symbol === '@' || symbol === '@i') hypernyms.push(target);
      else if (symbol === '#p') partOf.push(target);
    }
    synsets.set(offset, { offset, lexfile: Number(lexfile), words, gloss, isInstance, hypernyms, partOf });
  }
  return synsets;
}

export function readLemmaIndex(path: string): Map<string, LemmaSenses> {
  const lemmas = new Map<string, LemmaSenses>();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.length === 0 || line.startsWith('  ')) continue;
    const fields = line.trim().split(' ');
    const synsetCount = Number(fields[2]);
    const offsets = fields.slice(fields.length - synsetCount);
    lemmas.set((fields[0] as string).replace(/_/g, ' '), { offsets });
  }
  return lemmas;
}

/** "Nazarbayev(a)" style adjective markers and underscores are WordNet's notation, not the word. */
function cleanWord(word: string): string {
  return word.replace(/\([a-z]+\)$/, '').replace(/_/g, ' ');
}

/** The part of a gloss before its examples ("; 'he was granted clemency'"). */
export function definitionOf(gloss: string): string {
  const quote = gloss.search(/;\s*"/);
  return (quote >= 0 ? gloss.slice(0, quote) : gloss).trim();
}
