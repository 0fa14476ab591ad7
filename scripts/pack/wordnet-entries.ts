/**
 * Pack records from WordNet: named people, places and organisations (instance
 * nouns), and the definitions of the curated news terms.
 */
import type { EntityType } from '../../lib/model';
import type { PackRecord } from '../../lib/reference/pack-format';
import { definitionOf, type LemmaSenses, type Synset } from './read-wordnet';
import { chooseSense } from './sense-choice';

/** Lexicographer files of named things, by the type they give. */
const INSTANCE_TYPES: Record<number, EntityType> = {
  4: 'TERM',
  10: 'TERM',
  11: 'TERM',
  14: 'ORG',
  15: 'PLACE',
  17: 'PLACE',
  18: 'PERSON',
};
const SKY = /\b(?:zodiac|constellation)\b/;

/** Lexicographer files of the senses a news term may have: acts, attributes, ideas, events, groups, people, possessions, processes, states, substances. */
const TERM_FILES = new Set([4, 7, 9, 10, 11, 14, 18, 19, 21, 22, 26, 27]);

export function wordnetRecords(
  synsets: Map<string, Synset>,
  lemmas: Map<string, LemmaSenses>,
  source: number,
  forcedTerms: ReadonlySet<string>,
): PackRecord[] {
  const records: PackRecord[] = [];
  for (const synset of synsets.values()) {
    const type = synset.isInstance ? INSTANCE_TYPES[synset.lexfile] : undefined;
    // WordNet files star signs and constellations among places: on a news card "Ram" or "Twins" is no star sign.
    if (!type || (type === 'PLACE' && SKY.test(synset.gloss))) continue;
    records.push({
      name: type === 'PERSON' ? personName(synset.words) : (synset.words[0] as string),
      type,
      description: sentence(definitionOf(synset.gloss)),
      sources: [source],
      aliases: type === 'PERSON' ? fullNames(synset.words) : synset.words,
    });
  }
  // WordNet only defines the curated terms: its own news-domain phrases proved to be mostly
  // jargon and everyday words ("legal fee", "military man", "lawsuit"), and the news glossary
  // chooses what detection looks for.
  for (const lemma of forcedTerms) {
    const senses = lemmas.get(lemma);
    const all = (senses?.offsets ?? []).map((o) => synsets.get(o)).filter((s): s is Synset => !!s && !s.isInstance);
    const usable = all.filter((s) => TERM_FILES.has(s.lexfile));
    const sense = chooseSense(usable.length > 0 ? usable : all);
    if (!sense) continue;
    records.push({
      name: lemma,
      type: 'TERM',
      description: sentence(definitionOf(sense.gloss)),
      sources: [source],
      aliases: [],
      detectable: true,
    });
  }
  return records;
}

/** "Vladimir Putin" rather than "Putin" or "Vladimir Vladimirovich Putin". */
function personName(words: string[]): string {
  const two = words.find((w) => w.split(' ').length === 2);
  return two ?? words.reduce((a, b) => (b.length > a.length ? b : a));
}

function sentence(text: string): string {
  const trimmed = text.trim();
  return trimmed.length === 0
    ? trimmed
    : `${trimmed[0]?.toUpperCase()}${trimmed.slice(1)}${/[.!?]$/.test(trimmed) ? '' : '.'}`;
}

/**
 * A person's surname alone ("Day", "O'Neill") is left out: in an article it far
 * more often means someone else, and a wrong card is worse than none.
 */
function fullNames(words: string[]): string[] {
  const full = words.filter((w) => w.includes(' '));
  return full.length > 0 ? full : words;
}
