/** Mentions that spell one name, gathered under its transliteration key. */
import type { Candidate } from '../detect/find-names';
import { ORG_HEADS } from '../detect/lexicon/place-org-words';
import { isAcronym } from '../detect/shapes';
import type { EntityType, ReferenceEntry } from '../model';
import { foldName, nameWords } from '../names/fold';
import { translitKey } from '../names/translit-key';
import type { ReferenceIndex, ReferenceMatch } from '../reference/reference-index';
import type { Steps } from '../steps';

export interface Cluster {
  /** The transliteration key of the name, or of the whole name for bracketed parts. */
  key: string;
  candidates: Candidate[];
  reference: ReferenceEntry | null;
  /** Reference entries the name could mean, when it could mean several. */
  ambiguous: ReferenceEntry[];
  /** The type all those entries share, if they share one: "Georgia" is a place either way. */
  ambiguousType: EntityType | null;
  /** Matched only through the transliteration key, the loosest tier. */
  byKey: boolean;
  /** The reference was chosen by prominence alone, as the likely meaning rather than a sure one. */
  likely?: boolean;
}

/**
 * Distinct names one article may have looked up: a long live blog has about a thousand. A page with more is made
 * to be slow, and its names past these go unhighlighted.
 */
export const MAX_NAMES = 5_000;
/** Names looked up between two pauses: each lookup tries the reference data's tiers. */
const NAMES_PER_STEP = 250;

/** The clusters of the candidates, pausing after every few new names; at most MAX_NAMES of them. */
export function* clusterSteps(candidates: Candidate[], reference: ReferenceIndex): Steps<Cluster[]> {
  const byKey = new Map<string, Cluster>();
  // The forms each cluster has been looked up by, so that a name repeated thousands of times is looked up once.
  const tried = new Map<Cluster, Set<string>>();
  for (const c of candidates) {
    // A dateline is a place of its own: it joins the body's mentions only through the entry both resolve to.
    const key = `${translitKey(c.fullName ?? c.form)}${c.dateline ? DATELINE_KEY : ''}`;
    let cluster = byKey.get(key);
    if (!cluster && byKey.size >= MAX_NAMES) continue;
    // "SEOUL" in capitals matches nothing as written; "Seoul" later in the same article does.
    const unmatched = cluster && !cluster.reference && cluster.ambiguous.length === 0;
    if (!cluster || (unmatched && !tried.get(cluster)?.has(c.form))) {
      if (!cluster && byKey.size > 0 && byKey.size % NAMES_PER_STEP === 0) yield;
      const match = usable(
        c,
        reference,
        reference.match(c.fullName ?? c.form) ?? (c.fullName ? reference.match(c.form) : null),
      );
      const ambiguous = match?.ambiguous ?? [];
      const types = new Set(ambiguous.map((e) => e.type));
      const ambiguousType = types.size === 1 ? ([...types][0] as EntityType) : null;
      const loose = match?.tier === 'key';
      const fresh = { key, candidates: [], reference: match?.entry ?? null, ambiguous, ambiguousType, byKey: loose };
      if (!cluster) {
        cluster = fresh;
        byKey.set(key, cluster);
        tried.set(cluster, new Set());
      } else if (match) Object.assign(cluster, { ...fresh, candidates: cluster.candidates });
      tried.get(cluster)?.add(c.form);
    }
    cluster.candidates.push(c);
  }
  return [...byKey.values()];
}

/**
 * A term found in running text means the term, not a place of the same name;
 * a capitalised name means a term only when the term is one detection looks for.
 */
function usable(c: Candidate, reference: ReferenceIndex, match: ReferenceMatch | null): ReferenceMatch | null {
  if (!match) return null;
  // A dateline in capitals ("MOSCOW —", "ROME —") is a place's name, not an acronym or a word.
  if (c.dateline) return placesOf(match);
  // "RAM" is not the ram of the zodiac, nor "CAM" the river: an acronym matches only as written.
  if (match.tier !== 'exact' && isAcronym(c.form) && !c.fullName) return null;
  // Nor is "Let" the "LET" of a terrorist group: a short word matches only as written.
  if (match.tier !== 'exact' && c.form.length <= 4 && !c.fullName) return null;
  const all = match.entry ? [match.entry] : match.ambiguous;
  const isTermCandidate = c.cue === 'TERM';
  const named = (e: ReferenceEntry) =>
    e.type !== 'TERM' || reference.isTerm(foldName(e.name)) || /\p{Lu}/u.test(e.name);
  // "Leader of the Opposition", "Total Peace": a known term of several words, capitalised as a title;
  // "Brexit", "Shia": a term the glossary itself writes with a capital.
  // "VAT", "GDP": an acronym of a known term, whatever type an acronym suggests by default.
  const acronym = isAcronym(c.form);
  const capitalisedTerm = (e: ReferenceEntry) =>
    e.type === 'TERM' &&
    (c.cue === null || (acronym && c.cue === 'ORG')) &&
    (acronym || /\s/.test(c.form) || /\p{Lu}/u.test(e.name)) &&
    reference.isTerm(foldName(e.name)) &&
    !nameWords(c.form).some((w) => ORG_HEADS.has(foldName(w)));
  const fits = all.filter((e) => ((e.type === 'TERM') === isTermCandidate && named(e)) || capitalisedTerm(e));
  if (fits.length === 0) return null;
  return fits.length === 1
    ? { ...match, entry: fits[0] as ReferenceEntry, ambiguous: [] }
    : { ...match, entry: null, ambiguous: fits };
}

/** Marks a dateline's cluster key apart from the same name in the body. */
export const DATELINE_KEY = '#dateline';

function placesOf(match: ReferenceMatch): ReferenceMatch | null {
  const places = (match.entry ? [match.entry] : match.ambiguous).filter((e) => e.type === 'PLACE');
  if (places.length === 0) return null;
  return places.length === 1
    ? { ...match, entry: places[0] as ReferenceEntry, ambiguous: [] }
    : { ...match, entry: null, ambiguous: places };
}

/** The words a cluster's name is made of: its key's words and its reference name's. */
export function clusterWords(cluster: Cluster): string[] {
  const own = cluster.key.replace(DATELINE_KEY, '').split(' ');
  return cluster.reference ? [...new Set([...own, ...nameWords(cluster.reference.name).map(translitKey)])] : own;
}

export const isSingleWord = (cluster: Cluster): boolean => !cluster.key.includes(' ');

/** The longest spelling among a cluster's mentions. */
export const longestForm = (c: Cluster): string =>
  c.candidates.reduce((a, x) => (x.form.length > a.length ? x.form : a), '');
