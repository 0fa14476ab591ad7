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
const MAX_STAMP_CHARS = 120;
const MONTHS =
  'jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|september|oct|october|nov|november|dec|december';
const DAYS = 'mon|monday|tue|tues|tuesday|wed|wednesday|thu|thur|thurs|thursday|fri|friday|sat|saturday|sun|sunday';
const ZONES = 'am|pm|a|p|m|utc|gmt|bst|cet|cest|est|edt|cst|cdt|mst|mdt|pst|pdt|pt|et|ct|mt|ist|jst|aest|aedt';
const STAMP_WORDS =
  'published|updated|posted|modified|first|last|on|at|ago|an|a|hour|hours|minute|minutes|min|mins|day|days|week|weeks|month|months|year|years|today|yesterday|just|now|of';
const STAMP_WORD = new RegExp(`^(?:${MONTHS}|${DAYS}|${ZONES}|${STAMP_WORDS}|\\d+(?:st|nd|rd|th|am|pm|h|m)?)$`, 'i');
/** A stamp names a date or says what it stamps; a bare hour ("10 p.m.") heads a live blog's entry. */
const DATED = new RegExp(`^(?:${MONTHS}|${DAYS}|published|updated|posted|modified|ago|today|yesterday)$`, 'i');
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
