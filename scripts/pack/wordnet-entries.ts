/**
 * Pack records from WordNet: named people, places and organisations (instance
 * nouns), and the definitions of the curated news terms.
 */
import type { EntityType } from '../../lib/model';
import { foldName } from '../../lib/names/fold';
import type { PackRecord } from '../../lib/reference/pack-format';
import type { CountryCodes } from './country-codes';
import { definitionOf, type LemmaSenses, type Synset } from './read-wordnet';
import { chooseSense } from './sense-choice';
import { artifactForms, artifactType } from './wordnet-artifacts';
import { wordnetGraph } from './wordnet-graph';
import { isOrganisation, organisationForms } from './wordnet-orgs';
import { personForms } from './wordnet-people';
import { wordnetPlaces } from './wordnet-places';

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
const PLACE_FILES = new Set([15, 17]);
const SKY = /\b(?:zodiac|constellation)\b/;

/** Lexicographer files of the senses a news term may have: acts, attributes, ideas, events, groups, people, possessions, processes, states, substances. */
const TERM_FILES = new Set([4, 7, 9, 10, 11, 14, 18, 19, 21, 22, 26, 27]);

export interface WordnetContext {
  /** Whether a word is an ordinary English word, written in lower case in WordNet ("energy", "bush"). */
  isWord(word: string): boolean;
  /** Whether a word is a first name people are commonly given ("Ali", "Jordan"). */
  isGivenName(word: string): boolean;
  /** Whether a word is a first or last name of people ("Wilson"). */
  isPersonName(word: string): boolean;
  /** Whether words name a country or its people ("United States", "US", "British"). */
  isCountryWord(words: string): boolean;
  codes: CountryCodes;
  /** The word classes of a synset (scripts/pack/word-kinds). */
  kindsOf?(synset: Synset): string;
  /** Whether a name is a city's or a first-level region's in the structured sources. */
  isOtherPlace?(name: string): boolean;
  /** Whether a name is one the curated entries were written for. */
  isCurated?(name: string): boolean;
}

export function wordnetRecords(
  synsets: Map<string, Synset>,
  lemmas: Map<string, LemmaSenses>,
  source: number,
  forcedTerms: ReadonlySet<string>,
  context: WordnetContext,
): PackRecord[] {
  const records: PackRecord[] = [];
  const graph = wordnetGraph(synsets);
  const placeSynsets = [...synsets.values()].filter((s) => s.isInstance && PLACE_FILES.has(s.lexfile));
  const places = wordnetPlaces(placeSynsets, graph, context.codes);
  const placeNames = new Set(placeSynsets.flatMap((s) => s.words.map(foldName)));
  const isPlace = (name: string) => placeNames.has(foldName(name));
  const isRisky = (word: string) => context.isWord(word) || context.isGivenName(foldName(word));
  const surnames = wordnetSurnames(synsets);
  const standing = new Set(
    placeSynsets.filter((s) => places.factsOf(s).kind !== 'other').flatMap((s) => s.words.map(foldName)),
  );
  // The name lists hold nearly every word as someone's surname ("Nile", "Sahara"): a place's headword stays its
  // name unless it is a word, a first name, the surname of someone WordNet knows, a country's or its people's
  // name, a common noun too ("Osage", a people), or the name of a country, region or city (the Ohio River is no
  // "Ohio", the Colima volcano no "Colima"); an ocean's name is its own
  // ("Pacific"). Stars and planets are left as they were: "Sirius" and "Mars" name companies as often.
  const rescued = (synset: Synset, w: string) => {
    const kinds = graph.kindsOf(synset);
    if (kinds.has('ocean')) return true;
    return (
      w === synset.words[0] &&
      !kinds.has('celestial body') &&
      !isRisky(w) &&
      !surnames.has(foldName(w)) &&
      !context.isCountryWord(w) &&
      !standing.has(foldName(w)) &&
      !context.isOtherPlace?.(w) &&
      !(lemmas.get(w.toLowerCase())?.offsets ?? []).some((o) => synsets.get(o)?.isInstance === false)
    );
  };
  for (const synset of synsets.values()) {
    const before = records.length;
    addSynset(synset);
    const kinds = context.kindsOf?.(synset);
    for (const r of records.slice(before)) if (kinds) r.kinds = kinds;
  }
  function addSynset(synset: Synset): void {
    const artifact = artifactType(synset, graph);
    if (artifact) {
      const curated = context.isCurated ?? (() => false);
      const [name, ...aliases] = artifactForms(synset, context.isWord, isPlace, curated);
      const description = sentence(definitionOf(synset.gloss));
      const facts = artifact === 'PLACE' ? { facts: places.factsOf(synset) } : {};
      if (name) records.push({ name, type: artifact, description, sources: [source], aliases, ...facts });
      return;
    }
    const type = isOrganisation(synset, graph) ? 'ORG' : synset.isInstance ? INSTANCE_TYPES[synset.lexfile] : undefined;
    // WordNet files star signs and constellations among places: on a news card "Ram" or "Twins" is no star sign.
    if (!type || (type === 'PLACE' && SKY.test(synset.gloss))) return;
    const description = sentence(definitionOf(synset.gloss));
    if (type === 'PERSON') {
      const forms = personForms(synset.words, isRisky);
      // "David", "Nut": a person known by one given name or one ordinary word is, in an article, someone else.
      if (!forms.name.includes(' ') && isRisky(forms.name)) return;
      records.push({ ...forms, type, description, sources: [source] });
    } else if (type === 'ORG') {
      const forms = organisationForms(synset, graph, context.isWord, isPlace, context.isCountryWord);
      const [name, ...aliases] = forms;
      if (name) records.push({ name, type, description, sources: [source], aliases });
    } else if (type === 'PLACE') {
      // Two-letter postal codes ("GA", "WA") are words far more often than states; "U.S." is no word.
      const facts = places.factsOf(synset);
      // "Wilson" of Mount Wilson is a surname first: a mountain or river keeps only its full name then,
      // unless the name is its own (rescued).
      const named = (w: string) =>
        facts.kind === 'other' && !w.includes(' ') && context.isPersonName(w) && !rescued(synset, w);
      const full = synset.words.some((w) => w.includes(' '));
      const forms = synset.words.filter((w) => (w.length > 2 || w.includes('.')) && !(full && named(w)));
      const [name, ...aliases] = forms;
      if (name) records.push({ name, type, description, sources: [source], aliases, facts });
    } else
      records.push({ name: synset.words[0] as string, type, description, sources: [source], aliases: synset.words });
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

/** The last words of the full names of the people WordNet knows: "wilson" of Woodrow Wilson. */
function wordnetSurnames(synsets: Map<string, Synset>): Set<string> {
  const out = new Set<string>();
  for (const s of synsets.values())
    if (s.isInstance && s.lexfile === 18)
      for (const w of s.words) if (w.includes(' ')) out.add(foldName(w.split(' ').pop() as string));
  return out;
}

function sentence(text: string): string {
  const trimmed = text.trim();
  return trimmed.length === 0
    ? trimmed
    : `${trimmed[0]?.toUpperCase()}${trimmed.slice(1)}${/[.!?]$/.test(trimmed) ? '' : '.'}`;
}
