/**
 * A line that only stamps the story with its time: "Published Nov 18, 2019 at
 * 4:07 PM | Updated 5:36 PM CST", "Updated", "20 November 2019, 09:02". News
 * pages put one above nearly every story; it holds no name and is not the
 * story's text. A line with anything more in it (a byline's name, a dateline's
 * place, a sentence) is no stamp and stays.
 */
import { isBlockElement } from '../text/element-kinds';
import type { PageStats } from './page-stats';

/** A stamp is short; a longer block is more than a stamp. */
export const MAX_STAMP_CHARS = 120;
const MONTHS = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const DAYS = '(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?';
const SAYS = 'published|updated|posted|modified|ago|today|yesterday';
/** Times of day, time zones and the small words of a stamp. */
const OTHERS = '[ap]m?|m|utc|gmt|[ecmp][sd]?t|bst|ces?t|ist|jst|first|last|on|at|an?|of|just|now|(?:hour|min(?:ute)?|day|week|month|year)s?';
const STAMP_WORD = new RegExp(`^(?:${MONTHS}|${DAYS}|${SAYS}|${OTHERS}|\\d+(?:st|nd|rd|th|am|pm|h|m)?)$`, 'i');
/** A stamp names a date or says what it stamps; a bare hour ("10 p.m.") heads a live blog's entry. */
const DATED = new RegExp(`^(?:${MONTHS}|${DAYS}|${SAYS})$`, 'i');
const WORD = /[\p{L}\p{N}]+/gu;
/** Cells and items of a list or table: a column of years is the table's data, not a stamp. */
const CELLS = new Set(['TD', 'TH', 'LI', 'DT', 'DD']);

/** Whether the element is a block whose whole text is a time stamp. */
export function isTimestamp(stats: PageStats, i: number): boolean {
  const chars = stats.chars[i] ?? 0;
  if (chars === 0 || chars > MAX_STAMP_CHARS) return false;
  const el = stats.elements[i] as Element;
  if (!isBlockElement(el) || CELLS.has(el.tagName.toUpperCase())) return false;
  return isStampText(el.textContent ?? '');
}

export function isStampText(text: string): boolean {
  const words = text.match(WORD) ?? [];
  return words.some((w) => DATED.test(w)) && words.every((w) => STAMP_WORD.test(w));
}
