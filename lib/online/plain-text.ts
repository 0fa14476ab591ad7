/**
 * Text from Wikipedia made plain. The card renders it as text whatever this
 * returns, so safety never depends on the stripping here; it only keeps stray
 * markup and script bodies from showing up as words.
 */

/** A card shows a paragraph or two; longer extracts are cut at a word. */
export const MAX_EXTRACT_CHARS = 1_200;
export const MAX_DESCRIPTION_CHARS = 300;

const SCRIPT_OR_STYLE = /<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const TAG = /<\/?[a-z!][^>]*>/gi;
// Control characters other than line breaks and tabs, and the bidirectional overrides that can disguise text.
const CONTROL = /[^\P{Cc}\n\t]|[\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

export function plainText(raw: string, max: number): string {
  const stripped = raw
    .replace(SCRIPT_OR_STYLE, ' ')
    .replace(TAG, '')
    .replace(/&(amp|lt|gt|quot|apos|nbsp);/g, (_, name: string) => ENTITIES[name] ?? '')
    .replace(CONTROL, '')
    .replace(/[ \t\r\f\v]+/g, ' ')
    .replace(/\s*\n\s*/g, '\n')
    .trim();
  return cut(stripped, max);
}

function cut(value: string, max: number): string {
  if (value.length <= max) return value;
  const head = value.slice(0, max - 1);
  const atWord = head.lastIndexOf(' ');
  return `${(atWord > max / 2 ? head.slice(0, atWord) : head).trimEnd()}…`;
}
