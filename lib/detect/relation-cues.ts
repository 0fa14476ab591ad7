/**
 * What the sentence does with a name, as a reader takes it: "shares of X",
 * "CEO of X", "an analyst at X", "X's shareholders" make an organisation;
 * "X's wife", "the X administration", "X said he" make a person. These read
 * a few words either side of the name, in lower case.
 */
import type { EntityType } from '../model';
import { HUMAN_ACTS } from './lexicon/person-words';
import { isAcronym, isPluralAcronym } from './shapes';

/** Nouns that belong to a body: "shares of X", "X's shareholders", "X employees". */
const OF_BODY =
  /\b(?:shares?|stock|stake|shareholders?|stockholders?|investors? in|ceo|cfo|coo|cto|chief executive(?: officer)?|chief financial officer|founder|co-?founder|chair(?:man|woman)|board|employees|staff|spokes(?:man|woman|person)|executives?|subsidiary|acquisition|takeover|parent company|owner|user|users|customers) (?:of|in|for|at) (?:the )?$/;
/** A person's work at a body: "an analyst at X", "head of research at X", "Trent Hamm at X". */
const WORKS_AT =
  /\b(?:analyst|economist|strategist|professor|researcher|scientist|engineer|director|manager|executive|officer|editor|reporter|correspondent|columnist|writer|fellow|student|lecturer|associate|partner|research|vice president|worker|employee|intern|designer|developer|lawyer|attorney|consultant|ceo|cfo|cto|coo|founder|co-founder|scholar|curator|spokes(?:man|woman|person)|works|worked|working|job|graduate) at (?:the )?$/;
/** What only bodies undergo: "acquired X", "partnered with X", "invested in X". */
const DEALS_WITH =
  /\b(?:acquired|acquiring|acquire|bought|buying|merged with|merger with|partnered with|partnering with|partnership with|integration with|integrates with|integrated with|contract with|invested in|investing in|investment in|listed on|spun off|subsidiary of|graduate of|graduated from|enrolled at|studied at|stake in|posted on|published on|shared on|streaming on|available on) (?:the )?$/;
/** What follows a body's name: "X shares", "X's chief executive", "X officials", "X stores". */
const BODY_AFTER =
  /^(?:['’]s?)? (?:shares|stock|stockholders|shareholders|investors|spokes(?:man|woman|person)|executives?|employees|workers|officials|stores|customers|users|subscribers|ceo|chief executive|cfo|cto|founder|co-founder|board|headquarters|poll|website|app|subsidiary|analysts|brokerage|revenue|revenues|profits?|earnings|stock price|market value|valuation|ipo)\b/;
/** What follows a person's name: "X's wife", "X's career", "the X administration". */
const PERSON_AFTER =
  /^(?:['’]s? (?:wife|husband|son|daughter|father|mother|brother|sister|family|children|girlfriend|boyfriend|widow|parents|grandson|granddaughter|sons|daughters|birthday|death|funeral|career|memoir|autobiography|lawyers?|attorneys?|campaign|presidency)|,? (?:said|says|told|added|wrote|argued|explained|noted|recalled|insisted) (?:that )?(?:he|she)|,? who (?:is|was) (?:a|an|the) (?:\d+-year-old)|,? (?:himself|herself)| administration| contributed)\b/;
/** A verb of speech after a name: for one word, only a hint, since companies and governments speak too. */
const SPEAKS = /^,? (?:said|says|told|added|explained|recalled|insisted|argued)\b/;
/** A verb publications do: "As Mashable reports", "Yahoo Finance reported". */
const REPORTS = /^,? (?:reported|reports|first reported|published)\b/;
/** Who travels with or works for a carrier. */
const CARRIED = /^['’]?s? (?:pilots|cabin crews?|flight attendants)\b/;
/** Who one word names as a source: "told Newsweek", "provided by Statista", "a poll by Gallup". */
const SOURCE =
  /\b(?:told|provided by|compiled by|commissioned by|funded by|sponsored by|owned by|operated by|data from|figures from|(?:a|the) (?:survey|poll|report) (?:by|from))[ \u00A0]$/;
/** A full name before "at": the person at a body ("Joshua Becker at …"). */
const NAME_AT = /\p{Lu}[\p{L}'’.-]+[ \u00A0]\p{Lu}[\p{L}'’.-]+,?[ \u00A0]at[ \u00A0](?:the[ \u00A0])?$/u;

/** "John Minchillo / AP", "Ángel Franco/The New York Times": a photographer's credit, then the agency's. */
const CREDITED = /^[ \u00A0]?\/[ \u00A0]?\p{Lu}/u;
const CREDITING = /\p{Lu}[\p{L}'’.-]*[ \u00A0]\p{Lu}[\p{L}'’.-]+[ \u00A0]?\/[ \u00A0]?$/u;

/** A cue that holds on its own. */
export function relationCue(text: string, start: number, end: number): EntityType | null {
  const single = !/[\s\u00A0]/.test(text.slice(start, end));
  if (!single && CREDITED.test(text.slice(end, end + 4))) return 'PERSON';
  if (CREDITING.test(text.slice(Math.max(0, start - 40), start))) return 'ORG';
  const before = text
    .slice(Math.max(0, start - 48), start)
    .toLowerCase()
    .replace(/[\s\u00A0]+/g, ' ');
  if (OF_BODY.test(before) || WORKS_AT.test(before) || DEALS_WITH.test(before)) return 'ORG';
  const after = text
    .slice(end, end + 40)
    .toLowerCase()
    .replace(/[\s\u00A0]+/g, ' ');
  if (PERSON_AFTER.test(after)) return 'PERSON';
  if (BODY_AFTER.test(after)) return 'ORG';
  return null;
}

/** A cue that other evidence outweighs: a lone word that speaks or reports, a person at a body. */
export function weakRelationCue(text: string, start: number, end: number, single: boolean): EntityType | null {
  const after = text.slice(end, end + 24).toLowerCase();
  if (single && (SPEAKS.test(after) || HUMAN_ACTS.test(after))) return 'PERSON';
  // "Stella Kim reported from Seoul": a full name that reports is a reporter.
  if (single && REPORTS.test(after)) return 'ORG';
  if (NAME_AT.test(text.slice(Math.max(0, start - 40), start))) return 'ORG';
  // "Qantas pilots", "Aer Lingus cabin crew": a carrier's (an airport has passengers and flights too).
  if (CARRIED.test(after)) return 'ORG';
  if (single && SOURCE.test(text.slice(Math.max(0, start - 24), start).toLowerCase())) return 'ORG';
  // "EU", "KNCHR": an acronym names a body by default, and the name it stands for says more.
  const form = text.slice(start, end);
  return single && (isAcronym(form) || isPluralAcronym(form)) ? 'ORG' : null;
}
