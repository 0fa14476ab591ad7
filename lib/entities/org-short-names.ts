/**
 * A place's other name that opens an organisation's name in the same article
 * is the organisation's short name there: "Emirates" beside "Emirates
 * Airline" is the airline, not the United Arab Emirates, which the reference
 * data also calls "Emirates". The place's own name keeps its card ("Qatar"
 * beside "Qatar Airways" is still the country), and so does a mention that
 * stands where a place does ("based in Emirates"), unless it opens the title
 * of the name after it: "Emirates President Tim Clark" names the airline's office.
 */
import { ORG_HEADS, ORG_TAILS } from '../detect/lexicon/place-org-words';
import { foldName } from '../names/fold';
import type { Cluster } from './clusters';
import { cueOf } from './entity-type';

/** The most words of a short name: a hostile page's long capitalised run must not cost its square. */
const MAX_SHORT_WORDS = 3;
/** Last words of a carrier's or a club's name beside the organisation heads. */
const MORE_ORG_HEADS = new Set(['airline', 'air', 'fc', 'cf', 'afc', 'sc']);

/** Withholds the place card of such short names and joins each to its organisation. */
export function joinOrgShortNames(clusters: Cluster[], parent: Map<Cluster, Cluster>): void {
  const orgs = new Map<string, Cluster[]>();
  for (const cluster of clusters) {
    const words = orgName(cluster);
    if (!words) continue;
    // "Emirates Airline" is listed under "emirates": the names of up to three words that open it.
    for (let n = 1; n < Math.min(words.length, MAX_SHORT_WORDS + 1); n++) {
      const opening = words.slice(0, n).join(' ');
      orgs.set(opening, [...(orgs.get(opening) ?? []), cluster]);
    }
  }
  if (orgs.size === 0) return;
  const titled = titleStarts(clusters);
  for (const cluster of clusters) {
    const place = cluster.reference;
    if (place?.type !== 'PLACE' || parent.has(cluster)) continue;
    const forms = new Set(cluster.candidates.map((c) => foldName(c.form)));
    if (forms.has(foldName(place.name))) continue;
    const owners = [...forms].flatMap((f) => orgs.get(f) ?? []);
    if (owners.length !== 1 || cluster.candidates.some((c) => c.cue === 'PLACE' && !titled.has(c.start))) continue;
    cluster.reference = null;
    cluster.ambiguous = [];
    const owner = owners[0] as Cluster;
    parent.set(cluster, parent.get(owner) ?? owner);
  }
}

/** The folded words of a cluster's name when it is an organisation's by its data, its cues or its last word. */
function orgName(cluster: Cluster): string[] | null {
  const form = cluster.candidates.reduce((a, c) => (c.form.length > a.length ? c.form : a), '');
  const words = foldName(form).split(' ');
  if (words.length < 2) return null;
  const last = words[words.length - 1] as string;
  const isOrg =
    cluster.reference?.type === 'ORG' ||
    (!cluster.reference && cueOf(cluster.candidates) === 'ORG') ||
    ORG_HEADS.has(last) ||
    ORG_TAILS.has(last) ||
    MORE_ORG_HEADS.has(last);
  return isOrg && cluster.reference?.type !== 'PLACE' ? words : null;
}

/** Where the titles before names start: "Emirates President" of "Emirates President Tim Clark". */
function titleStarts(clusters: Cluster[]): Set<number> {
  const starts = new Set<number>();
  for (const cluster of clusters)
    for (const c of cluster.candidates) {
      const role = c.role;
      if (!role || !/^\p{Lu}/u.test(role)) continue;
      // The title ends a space before the name: "Emirates President" + " " + "Tim Clark".
      starts.add(c.start - role.length - 1);
    }
  return starts;
}
