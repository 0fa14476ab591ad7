/**
 * The context-agreement gate: a reference entry is kept for a name only when
 * what the article says the name is agrees with what the entry is. "The
 * schooner Polaris" is no star, "the newspaper Metro" no city, "the political
 * scientist Samuel Huntington" not the revolutionary leader, "Dunkirk, a
 * cinematic achievement," not the seaport, and "Columbus, Indiana" not the
 * Ohio city. Of several entries a name may mean, those that disagree drop out;
 * a chosen entry that disagrees is dropped: a wrong card is worse than none.
 *
 * What the article says comes from the common noun before a name (its
 * descriptor), the title or appositive that gives its role, and the place a
 * comma sets after a place's name. What an entry is comes from its word
 * classes (lib/reference/word-kinds) and its facts.
 */
import type { Candidate } from '../detect/find-names';
import { roleHead } from '../detect/roles';
import type { ReferenceEntry } from '../model';
import { foldName } from '../names/fold';
import type { ReferenceIndex } from '../reference/reference-index';
import { kindsDisagree, thingKinds } from '../reference/word-kinds';
import type { Cluster } from './clusters';
import { type Sex, sexOf } from './sex-words';
import { countryOf } from './story-country';

/** What the article says of one cluster's name: the kinds of the nouns it uses, and the places it sets after it. */
interface Said {
  kinds: string[];
  places: string[];
  /** The kinds of the appositives that call the name a person: "in London, a British-born genius who…". */
  personRoles?: string[];
  /** Some mention stands where a place does ("in London"). */
  placeCue?: boolean;
  /** The sex a title gives the person: "Lady Macbeth" is no king. */
  sex?: Sex;
}

export function gateByContext(clusters: Cluster[], reference: ReferenceIndex): void {
  const byStart = new Map<number, Candidate>();
  for (const c of clusters) for (const m of c.candidates) byStart.set(m.start, m);
  const surnames = surnamesOfPeople(clusters, byStart, reference);
  const byEnd = new Map<number, Candidate>();
  for (const c of clusters) for (const m of c.candidates) byEnd.set(m.end, m);
  for (const cluster of clusters) {
    if (!cluster.reference && cluster.ambiguous.length === 0) continue;
    // "de Miranda" after "the philosopher Luis de Miranda": his surname, not the Venezuelan state.
    if (!cluster.key.includes(' ') && (surnames.has(cluster.key) || isInvertedGivenName(cluster, byEnd, reference))) {
      if (cluster.reference && cluster.reference.type !== 'PERSON') cluster.reference = null;
      cluster.ambiguous = cluster.ambiguous.filter((e) => e.type === 'PERSON');
    }
    const said = saidOf(cluster.candidates, byStart, reference);
    if (!said.sex && said.kinds.length === 0 && said.places.length === 0 && said.personRoles?.length === 0) continue;
    const agrees = (e: ReferenceEntry) => agreement(e, said, reference);
    if (cluster.reference && !agrees(cluster.reference)) cluster.reference = null;
    if (cluster.ambiguous.length > 0) {
      cluster.ambiguous = cluster.ambiguous.filter(agrees);
      if (cluster.ambiguous.length === 1) {
        cluster.reference = cluster.ambiguous[0] as ReferenceEntry;
        cluster.ambiguous = [];
      }
    }
  }
}

/** "Swarbrick, Nancy (2010)": a first name after a surname and a comma, as lists of references write names. */
function isInvertedGivenName(cluster: Cluster, byEnd: Map<number, Candidate>, reference: ReferenceIndex): boolean {
  return cluster.candidates.some((c) => {
    const given = foldName(c.form);
    if (c.sentenceInitial || (!reference.isGivenName(given) && !reference.isWordGivenName(given))) return false;
    // Two characters between the names and no sentence starting: a comma and a space.
    const before = byEnd.get(c.start - 2);
    if (!before || before.form.includes(' ') || !reference.isPersonNameWord(foldName(before.form))) return false;
    const known = reference.match(before.form);
    return !(known?.entry ? [known.entry] : (known?.ambiguous ?? [])).some((e) => e.type === 'PLACE');
  });
}

/** The last words of the full names the article says are people's: by a descriptor, a role or a title. */
function surnamesOfPeople(
  clusters: Cluster[],
  byStart: Map<number, Candidate>,
  reference: ReferenceIndex,
): Set<string> {
  const out = new Set<string>();
  for (const c of clusters) {
    const words = c.key.split(' ');
    if (words.length < 2 || c.candidates.some((m) => m.dateline)) continue;
    const said = saidOf(c.candidates, byStart, reference);
    const person = [...said.kinds, ...(said.personRoles ?? [])].some((k) => thingKinds(k) === 'p');
    if (person) out.add(words[words.length - 1] as string);
  }
  return out;
}

/** Whether an entry fits what the article says: no noun it uses disagrees with the entry unless another agrees. */
export function agreement(entry: ReferenceEntry, said: Said, reference: ReferenceIndex): boolean {
  if (entry.type === 'TERM') return true;
  const kinds = entry.kinds ?? DEFAULT_KINDS[entry.type] ?? '';
  // An appositive after a place the article also puts where places stand is most often the clause's
  // subject's: "the scholar in late 19th century London, a British-born genius who studied art".
  const roles = entry.type === 'PLACE' && said.placeCue ? [] : (said.personRoles ?? []);
  const verdicts = [...said.kinds, ...roles].map((k) => !kindsDisagree(k, kinds));
  if (verdicts.length > 0 && !verdicts.some(Boolean)) return false;
  if (said.sex && entry.type === 'PERSON') {
    const entrySex = sexOf(entry.description.toLowerCase().split(/[^a-z]+/));
    if (entrySex && entrySex !== said.sex) return false;
  }
  // Only a town is placed by the region or country after it: "Bolivia, Brazil" or "New Caledonia, Fiji" is a list.
  const within = entry.type === 'PLACE' && (entry.facts?.kind === 'city' || entry.facts?.kind === 'capital');
  return said.places.length === 0 || !within || said.places.some((p) => liesIn(entry, p, reference));
}

const DEFAULT_KINDS: Record<string, string> = { PERSON: 'p', PLACE: 'g', ORG: 'o' };

/** Whether a place lies in the named one, as its facts or its description say. */
function liesIn(entry: ReferenceEntry, place: string, reference: ReferenceIndex): boolean {
  const facts = entry.facts;
  const known = [facts?.admin, facts?.region, facts?.country, countryOf(entry, reference) ?? undefined].filter(
    (n): n is string => !!n,
  );
  const wanted = foldName(place);
  const named = reference.match(place);
  const meant = new Set([wanted, ...(named?.entry ? [foldName(named.entry.name)] : [])]);
  return known.some((n) => meant.has(foldName(n))) || foldName(entry.description).includes(wanted);
}

function saidOf(candidates: Candidate[], byStart: Map<number, Candidate>, reference: ReferenceIndex): Said {
  const kinds: string[] = [];
  const places: string[] = [];
  const personRoles: string[] = [];
  let sex: Sex | undefined;
  for (const c of candidates) {
    // "the agreement China signed": an abstract noun before a name is seldom what the name is.
    const descriptor = c.descriptor ? kindsOfPhrase(c.descriptor, reference) : null;
    if (descriptor && /[^ez]/.test(thingKinds(descriptor))) kinds.push(descriptor);
    const role = c.role ? kindsOfPhrase(c.role, reference) : null;
    // A title ("Lord", "Captain", "Dean") says a person is meant, not the field a person works in.
    const title = c.role !== undefined && isTitle(c.role);
    if (title) sex ??= sexOf((c.role as string).toLowerCase().split(/[^a-z]+/));
    if (role && !title && role.includes('p') && !role.includes('g')) personRoles.push(role);
    else if (role) kinds.push(title ? thingKinds(role) : role);
    // "Columbus, Indiana": the region or country a comma sets after a place's name, at the end of a clause.
    const next = c.commaNext ? byStart.get(c.end + 2) : undefined;
    if (next && !next.commaNext && isRegionOrCountry(next.form, reference)) places.push(next.form);
  }
  const placeCue = candidates.some((c) => c.cue === 'PLACE');
  return { kinds, places, personRoles, placeCue, ...(sex ? { sex } : {}) };
}

/** A role that is a title before the name, not an appositive or a descriptor: it starts with a capital. */
const isTitle = (role: string): boolean => /^\p{Lu}/u.test(role) && !/\s(?:of|at|for)\s/.test(role);

function isRegionOrCountry(form: string, reference: ReferenceIndex): boolean {
  const match = reference.match(form);
  const entries = match ? (match.entry ? [match.entry] : match.ambiguous) : [];
  return entries.length > 0 && entries.every((e) => e.facts?.kind === 'region' || e.facts?.kind === 'country');
}

/** Words before a plural noun that say the name is one of several: "one of four wooden schooners". */
const ONE_OF =
  /^(?:one|another|either|each|any|some|part|member) of (?:the |its |his |her |their |our |many |several )?/;

/**
 * The kinds of the head noun of a descriptor or role: "wooden schooner",
 * "one of four century-old wooden schooners still chasing halibut", "Kazakhstan's former President".
 */
export function kindsOfPhrase(phrase: string, reference: ReferenceIndex): string | null {
  const lower = phrase.toLowerCase();
  const of = lower.match(ONE_OF);
  if (of) {
    // The first plural noun after "one of": a class the name is a member of.
    for (const word of lower.slice(of[0].length).split(/\s+/)) {
      if (!/^[a-z-]+s$/.test(word) || word.endsWith('ss')) continue;
      const kinds = reference.nounKinds?.(word);
      if (kinds) return kinds;
    }
    return null;
  }
  const head = roleHead(phrase);
  // "some of the ways Miranda's life": a plural before one name describes something else.
  if (!head || (/s$/.test(head) && !/(?:ss|us|is)$/.test(head))) return null;
  return reference.nounKinds?.(head) ?? null;
}
