/**
 * Words that are people's first or last names, from humannames (MIT), less
 * every ordinary English word WordNet knows and every place or body in the
 * pack: "Lina", "Njoroge" and "Tanvir" stay; "Court", "Lake" and "Paris" go.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { foldName } from '../../lib/names/fold';
import type { PackRecord } from '../../lib/reference/pack-format';
import { compare } from './index-records';

const WORDNET_INDEXES = ['index.noun', 'index.adj', 'index.verb', 'index.adv'];

export function personNameWords(listFile: string, wordnetDir: string, records: PackRecord[]): string[] {
  const ordinary = ordinaryWords(wordnetDir);
  for (const r of records)
    if (r.type !== 'PERSON') for (const form of [r.name, ...r.aliases]) ordinary.add(foldName(form));
  const words = new Set<string>();
  for (const name of readFileSync(listFile, 'utf8').split(/\r?\n/)) {
    if (!/^\p{Lu}\p{Ll}{2,}$/u.test(name)) continue;
    const folded = foldName(name);
    if (!ordinary.has(folded)) words.add(folded);
  }
  return [...words].sort(compare);
}

/** Every word WordNet lists, proper nouns included, lower-cased. */
export function ordinaryWords(wordnetDir: string): Set<string> {
  const ordinary = new Set<string>();
  for (const file of WORDNET_INDEXES) {
    for (const line of readFileSync(join(wordnetDir, file), 'utf8').split('\n')) {
      if (line && !line.startsWith(' ')) ordinary.add(line.slice(0, line.indexOf(' ')).toLowerCase());
    }
  }
  return ordinary;
}

const WORDNET_DATA = ['data.noun', 'data.adj', 'data.verb', 'data.adv'];

/**
 * Words WordNet writes in lower case somewhere: ordinary English words
 * ("bush", "energy"), unlike names that are only ever proper ("Obama").
 */
export function lowerCaseWords(wordnetDir: string, files: readonly string[] = WORDNET_DATA): Set<string> {
  const words = new Set<string>();
  for (const file of files) {
    for (const line of readFileSync(join(wordnetDir, file), 'utf8').split('\n')) {
      if (!line || line.startsWith('  ')) continue;
      const fields = line.split(' ');
      const count = Number.parseInt(fields[3] as string, 16);
      for (let i = 0; i < count; i++) {
        const word = (fields[4 + i * 2] as string).replace(/\([a-z]+\)$/, '');
        if (/^[a-z]/.test(word)) words.add(word.replace(/_/g, ' '));
      }
    }
  }
  return words;
}
