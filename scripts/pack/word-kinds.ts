/**
 * Word classes from WordNet's hypernyms: what kind of thing a common noun may
 * name ("schooner": a vessel or a glass; "newspaper": a publication or a firm)
 * and what kind of thing a named entry is (Polaris: a celestial body). The
 * context-agreement gate compares the two: an article's "the schooner Polaris"
 * cannot mean the star.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { kindsOfDescription } from '../../lib/reference/word-kinds';
import { compare } from './index-records';
import type { LemmaSenses, Synset } from './read-wordnet';

/**
 * The classes, each a letter, and the WordNet senses (lemma and sense number) under which a synset belongs to it.
 * Lower case: what a thing is. Upper case: the field a person works in, compared only between people.
 */
const ANCHORS: Record<string, [string, number][]> = {
  p: [['person', 1]],
  g: [
    ['location', 1],
    ['geological formation', 1],
    ['body of water', 1],
    ['dry land', 1],
  ],
  c: [['celestial body', 1]],
  o: [['group', 1]],
  v: [['conveyance', 3]],
  w: [
    ['communication', 2],
    ['medium', 1],
    ['creation', 2],
  ],
  f: [
    ['structure', 1],
    ['facility', 1],
    ['thoroughfare', 1],
  ],
  n: [['organism', 1]],
  x: [['artifact', 1]],
  e: [['event', 1]],
  S: [
    ['scientist', 1],
    ['scholar', 1],
    ['intellectual', 1],
    ['educator', 1],
  ],
  L: [
    ['politician', 1],
    ['politician', 2],
    ['official', 1],
    ['ruler', 1],
    ['head of state', 1],
    ['legislator', 1],
    ['leader', 1],
  ],
  M: [
    ['serviceman', 1],
    ['warrior', 1],
  ],
  A: [
    ['creator', 2],
    ['writer', 1],
    ['entertainer', 1],
  ],
  T: [
    ['athlete', 1],
    ['player', 1],
  ],
  B: [
    ['businessperson', 1],
    ['capitalist', 2],
  ],
  R: [
    ['religious person', 1],
    ['spiritual leader', 1],
  ],
  J: [
    ['lawyer', 1],
    ['jurist', 1],
    ['judge', 1],
  ],
};
/** Classes a more specific class stands in for: a vessel is an artifact, a person an organism. */
const OVERRIDES: [string, string][] = [
  ['p', 'n'],
  ['v', 'x'],
  ['w', 'x'],
  ['f', 'x'],
];
/** Nouns with this many classes or more tell nothing: "head", "line". */
const MAX_CLASSES = 5;
const WORD = /^[a-z][a-z-]{2,20}$/;

export interface WordKinds {
  /** The classes of one synset and everything above it, as sorted letters; "z" when none applies. */
  ofSynset(synset: Synset): string;
  /** "word\tclasses" lines, sorted: every common one-word noun that is no adjective. */
  nounLines(): string[];
}

export function wordKinds(synsets: Map<string, Synset>, lemmas: Map<string, LemmaSenses>, dict: string): WordKinds {
  const anchors = new Map<string, string>();
  for (const [letter, senses] of Object.entries(ANCHORS))
    for (const [lemma, sense] of senses) {
      const offset = lemmas.get(lemma)?.offsets[sense - 1];
      if (!offset) throw new Error(`word kinds: WordNet has no sense ${sense} of "${lemma}"`);
      anchors.set(offset, `${anchors.get(offset) ?? ''}${letter}`);
    }
  const memo = new Map<string, Set<string>>();
  const above = (synset: Synset, depth = 0): Set<string> => {
    const known = memo.get(synset.offset);
    if (known) return known;
    const out = new Set<string>(anchors.get(synset.offset) ?? '');
    if (depth < 24)
      for (const offset of synset.hypernyms) {
        const up = synsets.get(offset);
        if (up) for (const k of above(up, depth + 1)) out.add(k);
      }
    memo.set(synset.offset, out);
    return out;
  };
  const ofSynset = (synset: Synset): string => {
    const found = above(synset);
    for (const [specific, general] of OVERRIDES) if (found.has(specific)) found.delete(general);
    return found.size === 0 ? 'z' : [...found].sort().join('');
  };
  const adjectives = lemmasOf(join(dict, 'index.adj'));
  const nounLines = () => {
    const lines: string[] = [];
    for (const [lemma, senses] of lemmas) {
      if (!WORD.test(lemma) || adjectives.has(lemma)) continue;
      const common = senses.offsets.map((o) => synsets.get(o)).filter((s): s is Synset => !!s && !s.isInstance);
      if (common.length === 0 || common.every(isTaxon)) continue;
      const letters = new Set(common.filter((s) => !isTaxon(s)).flatMap((s) => [...ofSynset(s)]));
      const top = [...letters].filter((l) => l === l.toLowerCase());
      // An abstract noun alone ("theory", "abstractionism") seldom names a thing before a name: left out for size.
      if (top.length >= MAX_CLASSES || (top.length === 1 && top[0] === 'z')) continue;
      lines.push(`${lemma}\t${[...letters].sort().join('')}`);
    }
    return lines.sort(compare);
  };
  return { ofSynset, nounLines };
}

/** Genera and families of living things, and plants: Latin names in lower case, never a news descriptor. */
const isTaxon = (s: Synset): boolean =>
  s.lexfile === 20 ||
  (s.lexfile === 14 && s.words.some((w) => /^(?:genus|family|order|class|phylum|subfamily) /.test(w)));

function lemmasOf(path: string): Set<string> {
  const out = new Set<string>();
  for (const line of readFileSync(path, 'utf8').split('\n'))
    if (line && !line.startsWith(' ')) out.add(line.slice(0, line.indexOf(' ')));
  return out;
}

/** An entry's classes where no synset gives them: its type, and for a person the fields its description names. */
export function kindsOfRecord(
  type: string,
  description: string,
  nounKinds: (word: string) => string | null,
  synsetKinds?: string,
): string | undefined {
  if (type === 'TERM') return synsetKinds;
  const base = synsetKinds ?? (type === 'PERSON' ? 'p' : type === 'ORG' ? 'o' : 'g');
  if (type !== 'PERSON') return base;
  const fields = kindsOfDescription(description, nounKinds).replace(/[a-z]/g, '');
  return [...new Set([...base, ...fields])].sort().join('');
}
