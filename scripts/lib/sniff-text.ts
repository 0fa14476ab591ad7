/**
 * Decides whether a file's bytes are text we can annotate. The extension says
 * what a file claims to be; the bytes say whether it is telling the truth.
 */

export type SniffResult = { ok: true; text: string } | { ok: false; reason: string };

const NUL = 0;
const UTF8_BOM = '\uFEFF';

export function sniffText(bytes: Uint8Array): SniffResult {
  // Text formats never contain NUL, but images, archives and UTF-16 files do.
  if (bytes.includes(NUL)) return { ok: false, reason: 'binary content (NUL bytes)' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, reason: 'not valid UTF-8' };
  }
  return { ok: true, text: text.startsWith(UTF8_BOM) ? text.slice(1) : text };
}
