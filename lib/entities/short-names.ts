/**
 * Short names the news uses for bodies the reference data knows by their full
 * names: a company without its "Inc." ("Apple" of Apple Inc.), and a
 * country's institution without the country ("Congress", "the Treasury", "the
 * Supreme Court" in a story about the United States, or about India). Only a name the data
 * knows nothing else by is given one, and only when the article types it a
 * body or the company list knows it.
 */
import type { ReferenceEntry } from '../model';
import { foldName } from '../names/fold';
import type { ReferenceIndex } from '../reference/reference-index';
import type { Cluster } from './clusters';
import { cueOf } from './entity-type';
import { storyCountries } from './story-country';

const COMPANY_SUFFIXES = ['Inc.', 'Corporation', 'Group'];
/** A company's name and the legal form that ends it. */
const LEGAL_FORM =
  /^(\p{Lu}.*?),? (?:Corp\.?|Corporation|Inc\.?|Incorporated|Ltd\.?|Limited|plc|PLC|LLC|Co\.|AG|SE|SA|S\.A\.|NV|N\.V\.)$/u;
/** How a country's institution is named in full: "United States Congress", "Supreme Court of India", "Department of the Treasury". */
const INSTITUTION_FORMS = [
  (name: string, country: string) => `${country} ${name}`,
  (name: string, country: string) => `${name} of the ${country}`,
  (name: string, country: string) => `${name} of ${country}`,
  (name: string) => `Department of the ${name}`,
];

export function expandShortNames(clusters: Cluster[], reference: ReferenceIndex): void {
  let country: string | null | undefined;
  for (const cluster of clusters) {
    if (cluster.reference || cluster.ambiguous.length > 0 || cluster.candidates.some((c) => c.dateline)) continue;
    const form = cluster.candidates[0]?.fullName ?? cluster.candidates[0]?.form;
    // "SoftBank Group Corp", "Toyota Motor Corp.": the company the data knows without its legal form.
    const bare = form?.match(LEGAL_FORM)?.[1];
    const company = bare ? firstOrg([bare], reference) : null;
    if (company) {
      cluster.reference = company;
      continue;
    }
    if (!form || !/^\p{Lu}[\p{L}&.-]*(?: \p{Lu}[\p{L}.-]*)?$/u.test(form)) continue;
    const cue = cueOf(cluster.candidates.filter((c) => !c.weakCue));
    if (cue && cue !== 'ORG') continue;
    const oneWord = !form.includes(' ');
    if (oneWord && (cue === 'ORG' || reference.isCompany(foldName(form)))) {
      const company = firstOrg(
        COMPANY_SUFFIXES.map((s) => `${form} ${s}`),
        reference,
      );
      if (company) {
        cluster.reference = company;
        continue;
      }
    }
    if (cue !== 'ORG') continue;
    country ??= storyCountries(clusters, reference)[0] ?? null;
    if (!country) continue;
    const story = country;
    const institution = firstOrg(
      INSTITUTION_FORMS.map((f) => f(form, story)),
      reference,
    );
    if (institution) cluster.reference = institution;
  }
}

/** The one body the first of the full names that the data knows names. */
function firstOrg(names: string[], reference: ReferenceIndex): ReferenceEntry | null {
  for (const name of names) {
    const found = reference.entriesAt(name, 'exact');
    if (found.length === 1 && found[0]?.type === 'ORG') return found[0];
  }
  return null;
}
