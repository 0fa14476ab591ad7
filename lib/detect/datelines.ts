/**
 * Datelines: the place a report was filed from, at the start of its first
 * line ("WASHINGTON —", "MOSCOW (AP) —", "KYIV, Ukraine (Reuters) -"). A
 * dateline is a place, and nothing else: not the agency in brackets after it,
 * nor a person or body of the same name.
 */
import type { Candidate } from './find-names';

/** A place in capitals ("SAN FRANCISCO"), or in any case when an agency's bracket follows ("Washington (CNN)"). */
const DATELINE =
  /(?:^|\n)[ \t]*((\p{Lu}[\p{Lu}.'’-]+(?:[ \u00A0]\p{Lu}[\p{Lu}.'’-]*){0,3})|\p{Lu}[\p{L}.'’-]+(?:[ \u00A0]\p{Lu}[\p{L}.'’-]*){0,3}(?=(?:,[ \u00A0][^\n—–()]{2,30})?[ \u00A0]*\([^)\n]{1,40}\)))(?:,[ \u00A0][^\n—–()]{2,30}?)?(?:[ \u00A0]*\([^)\n]{1,40}\))?[ \u00A0]*(?:—|–|--?)[ \u00A0]/gu;

/** How far into an article a dateline may stand: after the headline, byline and date lines. */
const MAX_DATELINE_OFFSET = 4000;

export interface Dateline {
  start: number;
  end: number;
}

export function findDatelines(text: string): Dateline[] {
  const found: Dateline[] = [];
  for (const match of text.slice(0, MAX_DATELINE_OFFSET + 200).matchAll(DATELINE)) {
    const place = match[1] as string;
    const start = (match.index ?? 0) + (match[0] as string).indexOf(place);
    if (start > MAX_DATELINE_OFFSET) break;
    found.push({ start, end: start + place.length });
  }
  return found;
}

/**
 * Marks the candidates that are datelines: places by cue, no sentence's first
 * word, and never the name an acronym after them explains ("MOSCOW (AP)").
 * A dateline that detection left out (a line of capitals) becomes a candidate.
 */
export function markDatelines(candidates: Candidate[], text: string): Candidate[] {
  const datelines = findDatelines(text);
  if (datelines.length === 0) return candidates;
  const out = [...candidates];
  for (const { start, end } of datelines) {
    const form = text.slice(start, end).replace(/[.'’-]+$/, '');
    const existing = out.find((c) => c.start === start);
    const candidate: Candidate = existing ?? {
      start,
      end: start + form.length,
      form,
      cue: 'PLACE',
      sentenceInitial: false,
    };
    if (existing && existing.end > start + form.length) continue;
    candidate.dateline = true;
    candidate.cue = 'PLACE';
    candidate.sentenceInitial = false;
    delete candidate.weakCue;
    delete candidate.role;
    if (!existing) out.push(candidate);
  }
  return out.sort((a, b) => a.start - b.start);
}
