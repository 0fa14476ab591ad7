/**
 * Pack records from WordNet: named people, places and organisations (instance
 * nouns), and the news terms detection looks for in lower-case text.
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
/** Lexicographer files whose single words may be news terms: acts, attributes, ideas, events, groups, possessions, processes, states. */
const SINGLE_TERM_FILES = new Set([4, 7, 9, 10, 11, 14, 21, 22, 26]);
/** Compounds may also name kinds of people ("political prisoner") and substances ("tear gas"). */
const COMPOUND_TERM_FILES = new Set([...SINGLE_TERM_FILES, 18, 19, 27]);
/** Topic domains whose vocabulary a news reader meets: WordNet marks legal, military and political terms. */
export const NEWS_DOMAINS = [
  'law',
  'criminal law',
  'military',
  'government',
  'political science',
  'economics',
  'finance',
  'war',
  'diplomacy',
  'banking',
];

/** A single word with more senses than this is too general to highlight on its own. */
const MAX_SINGLE_SENSES = 3;
/** A single word tagged more often than this in WordNet's corpus is everyday vocabulary. */
const MAX_SINGLE_TAGGED = 3;
const MIN_SINGLE_LENGTH = 7;
/**
 * Everyday words that WordNet files under law or war but that a reader needs no
 * card for, or that name something else in the news (Chevron, the Pentagon).
 */
const EVERYDAY_WORDS = new Set(
  `authorities briefing chevron fallback friendly hostile manifest notification pentagon reserves rundown stripes
  tactics awarding soviets deactivation legislating preparedness testimony`.split(/\s+/),
);

export function wordnetRecords(
  synsets: Map<string, Synset>,
  lemmas: Map<string, LemmaSenses>,
  source: number,
  forcedTerms: ReadonlySet<string>,
): PackRecord[] {
  const records: PackRecord[] = [];
  const newsDomains = new Set(NEWS_DOMAINS.flatMap((d) => lemmas.get(d)?.offsets ?? []));
  const inNewsDomain = (s: Synset) => s.domains.some((d) => newsDomains.has(d));
  for (const synset of synsets.values()) {
    const type = synset.isInstance ? INSTANCE_TYPES[synset.lexfile] : undefined;
    if (!type) continue;
    records.push({
      name: type === 'PERSON' ? personName(synset.words) : (synset.words[0] as string),
      type,
      description: sentence(definitionOf(synset.gloss)),
      sources: [source],
      aliases: type === 'PERSON' ? fullNames(synset.words) : synset.words,
    });
  }
  for (const [lemma, senses] of lemmas) {
    if (!/^[a-z][a-z' -]*[a-z]$/.test(lemma)) continue;
    const compound = lemma.includes(' ');
    const all = senses.offsets.map((o) => synsets.get(o)).filter((s): s is Synset => !!s && !s.isInstance);
    const usable = all.filter((s) => (compound ? COMPOUND_TERM_FILES : SINGLE_TERM_FILES).has(s.lexfile));
    const forced = forcedTerms.has(lemma);
    if (!forced && EVERYDAY_WORDS.has(lemma)) continue;
    // A single word counts only when its most frequent sense is the news one, and a first sense
    // marked with a field ("(law) …") is a specialist's sense, not the reader's: "dissent".
    const firstUsable = usable[0] === all[0] && !all[0]?.gloss.startsWith('(') ? usable.slice(0, 1) : [];
    const detectable =
      forced || (compound ? usable.some(inNewsDomain) : isSpecialised(lemma, senses, firstUsable.filter(inNewsDomain)));
    if (!detectable) continue;
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

/** A single word rare and narrow enough to be worth a card: "clemency", "extremism". */
function isSpecialised(lemma: string, senses: LemmaSenses, usable: Synset[]): boolean {
  return (
    usable.length > 0 &&
    lemma.length >= MIN_SINGLE_LENGTH &&
    senses.offsets.length <= MAX_SINGLE_SENSES &&
    senses.tagged <= MAX_SINGLE_TAGGED
  );
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
