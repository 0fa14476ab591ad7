/**
 * Where a report was filed, at the head of a paragraph: "WASHINGTON —",
 * "MOSCOW (AP) —", "DUBAI, United Arab Emirates —", "CNNMoney (New York)".
 * A dateline names a city; it says nothing of a state or a region of the same
 * name unless the article does.
 */

/** The paragraph's opening up to the name: nothing, or an outlet's name and a bracket. */
const OPENS_LINE = /(?:^|\n)[ \t\u00A0]*$/;
const AFTER_OUTLET = /(?:^|\n)[ \t\u00A0]*\p{Lu}[\p{L}\d.&]*(?:[ \u00A0]\p{Lu}[\p{L}\d.&]*)?[ \u00A0]?\($/u;
/** What follows a dateline's place: a dash, an agency in brackets, or a region after a comma and then a dash. */
const CLOSES_DATELINE =
  /^(?:,[ \u00A0][\p{Lu}][\p{L}. ]{1,40})?(?:[ \u00A0]?\([\p{Lu}][\p{L}\d. ]{0,30}\))?[ \u00A0]*[—–-][ \u00A0]/u;
const CLOSES_BRACKET = /^\)(?:[ \t\u00A0]*(?:[—–-]|\n|$)|[ \t\u00A0]{2,})/;

export function isDateline(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  const after = text.slice(end, end + 64);
  if (OPENS_LINE.test(before)) return CLOSES_DATELINE.test(after);
  return AFTER_OUTLET.test(before) && CLOSES_BRACKET.test(after);
}
