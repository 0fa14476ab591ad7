/** Clues around a name: what its context says it is, and lines that hold no names. */
import type { EntityType } from '../model';
import type { Token } from './tokenize';
import { plainWord } from './tokenize';
import { ORG_HEADS, PLACE_PREPOSITIONS, SPEECH_VERBS } from './word-lists';

const ACRONYM = /^[\p{Lu}\d]{2,6}$/u;
const lower = (w: string) => plainWord(w).toLowerCase();

export function contextCue(text: string, head: Token, tail: Token, single: boolean): EntityType | null {
  if (!single && ORG_HEADS.has(lower(tail.text))) return 'ORG';
  if (single && ACRONYM.test(head.text)) return 'ORG';
  const before = text.slice(Math.max(0, head.start - 12), head.start);
  if (/(^|\n)\s*By\s+$/.test(before)) return 'PERSON';
  const after = text.slice(tail.end, tail.end + 12).match(/^,?\s+(\p{L}+)/u);
  if (after && SPEECH_VERBS.has((after[1] as string).toLowerCase())) return 'PERSON';
  const word = before.match(/(\p{L}+)\s+$/u);
  if (word && PLACE_PREPOSITIONS.has((word[1] as string).toLowerCase())) return 'PLACE';
  return null;
}

export /** Lines written in capitals (kickers, "BREAKING NEWS") yield no names. */
function allCapsLines(text: string): (offset: number) => boolean {
  const ranges: [number, number][] = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const letters = line.replace(/[^\p{L}]/gu, '');
    const upper = letters.replace(/[^\p{Lu}]/gu, '').length;
    if (letters.length >= 8 && upper / letters.length > 0.85 && /\s/.test(line.trim())) {
      ranges.push([lineStart, lineStart + line.length]);
    }
    lineStart += line.length + 1;
  }
  return (offset) => ranges.some(([a, b]) => offset >= a && offset < b);
}
