/**
 * Short names the news uses for bodies the reference data knows by their full
 * names: a company without its "Inc." ("Apple" of Apple Inc.), and a
 * country's institution without the country ("Congress", "the Treasury", "the
 * Supreme Court" in a story about the United States, or about India). Only a
 * name the data knows nothing else by is given one, and only when the article
 * types it a body, the company list knows it, or, for an institution of the
 * story's country, it stands capitalised inside a sentence ("by the House").
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
/** How a country's institution is named in full: "United States Congress", "U.S. House", "Supreme Court of India". */
function institutionForms(name: string, country: string): string[] {
  const words = country.split(' ').filter((w) => /^\p{Lu}/u.test(w));
  // "U.S." and "US" of the United States; a country of one word has no initials.
  const initials = words.length < 2 ? [] : [`${words.map((w) => w[0]).join('.')}.`, words.map((w) => w[0]).join('')];
  return [
    `${country} ${name}`,
    ...initials.map((i) => `${i} ${name}`),
    `${name} of the ${country}`,
    `${name} of ${country}`,
  ];
}
/** A department named without its country: "the Treasury", where the article says it is a body. */
const departmentForm = (name: string) => `Department of the ${name}`;

export function expandShortNames(clusters: Cluster[], reference: ReferenceIndex): void {
  let country: string | null | undefined;
  const storyCountry = () => {
    country ??= storyCountries(clusters, reference)[0] ?? null;
    return country;
  };
  for (const cluster of clusters) {
    if (cluster.candidates.some((c) => c.dateline)) continue;
    const known = cluster.reference;
    // "the Communist party" in a story about China: the data's body of that name in general, or that country's own.
    if (known?.type === 'ORG') {
      const story = storyCountry();
      const own = story && firstOrg(institutionForms(known.name, story), reference);
      if (own) cluster.reference = own;
      continue;
    }
    if (known || cluster.ambiguous.length > 0) continue;
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
    // "impeached by the House": a capitalised word inside a sentence that, with the story's country, names
    // one of its bodies is that body, though nothing around it says so; a sentence's first word is not.
    const inside = oneWord && cue === null && cluster.candidates.some((c) => !c.sentenceInitial);
    if (cue !== 'ORG' && !inside) continue;
    const story = storyCountry();
    if (!story) continue;
    const forms = institutionForms(form, story);
    const institution = firstOrg(cue === 'ORG' ? [...forms, departmentForm(form)] : forms, reference);
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
