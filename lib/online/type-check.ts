/**
 * Whether a Wikidata item is the kind of thing the name was detected as.
 *
 * Only direct "instance of" (P31) values and a few telling properties are
 * read; the class tree (P279) is not walked, because that would cost a query
 * per class. So a place typed only as, say, "district of Kazakhstan" without
 * coordinates, or an organisation typed only as "human rights organization"
 * without headquarters or founder, comes out 'unknown', not 'match'. Unknown
 * is kept as a candidate but ranks below a match; only PERSON is strict, since
 * a card must never show a company or a surname page as a person.
 */
import type { LookupType } from './lookup-types';
import type { ItemFacts } from './wikidata-entities';

export type TypeFit = 'match' | 'unknown' | 'mismatch';

export const HUMAN = 'Q5';

/** Wikimedia's own pages and name items are never the thing a name stands for. */
const NOT_A_THING = new Set([
  'Q4167410', // Wikimedia disambiguation page
  'Q4167836', // Wikimedia category
  'Q11266439', // Wikimedia template
  'Q13406463', // Wikimedia list article
  'Q101352', // family name
  'Q202444', // given name
  'Q12308941', // male given name
  'Q11879590', // female given name
]);

const PLACE_CLASSES = new Set([
  'Q6256', // country
  'Q3624078', // sovereign state
  'Q515', // city
  'Q1549591', // big city
  'Q1637706', // city with millions of inhabitants
  'Q5119', // capital city
  'Q3957', // town
  'Q532', // village
  'Q486972', // human settlement
  'Q56061', // administrative territorial entity
  'Q10864048', // first-level administrative country subdivision
  'Q13220204', // second-level administrative country subdivision
  'Q82794', // geographic region
  'Q23442', // island
  'Q4022', // river
  'Q8502', // mountain
]);

const ORG_CLASSES = new Set([
  'Q43229', // organization
  'Q4830453', // business
  'Q783794', // company
  'Q891723', // public company
  'Q7278', // political party
  'Q484652', // international organization
  'Q245065', // intergovernmental organization
  'Q163740', // nonprofit organization
  'Q327333', // government agency
  'Q3918', // university
  'Q11032', // newspaper
]);

const ORG_PROPERTIES = ['P159', 'P112', 'P488', 'P1454']; // headquarters, founder, chairperson, legal form

export function typeFit(item: ItemFacts, type: LookupType): TypeFit {
  const is = (classes: Set<string>) => item.instanceOf.some((c) => classes.has(c));
  if (is(NOT_A_THING)) return 'mismatch';
  const human = item.instanceOf.includes(HUMAN);
  const place = item.has.has('P625') || is(PLACE_CLASSES);
  const org = is(ORG_CLASSES) || ORG_PROPERTIES.some((p) => item.has.has(p));
  switch (type) {
    case 'PERSON':
      return human ? 'match' : 'mismatch';
    case 'PLACE':
      if (human || (is(ORG_CLASSES) && !is(PLACE_CLASSES))) return 'mismatch';
      return place ? 'match' : 'unknown';
    case 'ORG':
      if (human || (is(PLACE_CLASSES) && !is(ORG_CLASSES))) return 'mismatch';
      return org ? 'match' : 'unknown';
    case 'TERM':
      return human ? 'mismatch' : 'unknown';
    case 'NAME':
      return human || place || org ? 'match' : 'unknown';
  }
}
