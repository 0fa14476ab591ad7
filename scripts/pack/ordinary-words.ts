/**
 * Ordinary English words: the one-word lemmas WordNet writes in lower case
 * ("paper", "hungry", "revenge"). A capitalised one-word name that is such a
 * word, and that nothing in the article types, is more likely a heading or a
 * menu word than a name; a word that is not one, after a first name, is more
 * likely a surname.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compare } from './index-records';

const FILES = ['data.noun', 'data.verb', 'data.adj', 'data.adv'];
const WORD = /^[a-z]{2,15}$/;

export function lowerCaseLemmas(wordnetDir: string): string[] {
  const words = new Set<string>();
  for (const file of FILES) {
    for (const line of readFileSync(join(wordnetDir, file), 'utf8').split('\n')) {
      if (!line || line.startsWith(' ')) continue;
      const fields = line.split(' ');
      const count = Number.parseInt(fields[3] ?? '0', 16);
      for (let i = 0; i < count; i++) {
        const lemma = (fields[4 + 2 * i] ?? '').replace(/\(.*\)$/, '');
        if (WORD.test(lemma)) words.add(lemma);
      }
    }
  }
  return [...words].sort(compare);
}
