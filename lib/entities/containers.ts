/**
 * "Sydney, Nova Scotia": a place that a comma sets after a name is the place
 * it lies in, its container. Of the places a name could mean, those that lie
 * in another country, or in another first-level region, are not meant.
 */
import type { Candidate } from '../detect/find-names';
import type { ReferenceEntry } from '../model';
import { foldName } from '../names/fold';
import type { ReferenceIndex } from '../reference/reference-index';
import type { Cluster } from './clusters';
import { countryOf } from './story-country';

/**
 * The places the article sets after the cluster's mentions, each as the entries its name may mean (the province
 * of Nova Scotia or its peninsula): names only the data knows as places, one of them a region or a country.
 */
export function containersOf(
  cluster: Cluster,
  byStart: ReadonlyMap<number, Candidate>,
  reference: ReferenceIndex,
): ReferenceEntry[][] {
  const out: ReferenceEntry[][] = [];
  for (const mention of cluster.candidates) {
    // A comma and a space between the two names.
    const next = mention.commaNext ? byStart.get(mention.end + 2) : undefined;
    const match = next ? reference.match(next.form) : null;
    const entries = match ? (match.entry ? [match.entry] : match.ambiguous) : [];
    const kinds = entries.map((e) => e.facts?.kind);
    if (entries.every((e) => e.type === 'PLACE') && (kinds.includes('region') || kinds.includes('country')))
      out.push(entries);
  }
  return out;
}

/** Whether a place may lie in one of the entries a container's name may mean. */
export function mayLieIn(entry: ReferenceEntry, container: ReferenceEntry[], reference: ReferenceIndex): boolean {
  return container.some((c) => mayLieInEntry(entry, c, reference));
}

/** Its country agrees, and its first-level region where the data gives one. */
function mayLieInEntry(entry: ReferenceEntry, container: ReferenceEntry, reference: ReferenceIndex): boolean {
  if (entry.type !== 'PLACE' || entry === container) return false;
  const country = countryOf(entry, reference);
  if (container.facts?.kind === 'country') return country === container.name;
  const admin = entry.facts?.admin;
  if (admin && container.facts?.kind === 'region') return foldName(admin) === foldName(container.name);
  return country !== null && country === countryOf(container, reference);
}
