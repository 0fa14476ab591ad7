/**
 * Writes a glossary back in the format it came in. A CSV cell that a
 * spreadsheet would run as a formula (=, +, -, @) is written with a leading
 * apostrophe, which import removes again.
 */
import type { GlossaryEntry } from './glossary-model';

const FORMULA_START = /^[=+\-@\t\r]/;

export function glossaryToCsv(entries: GlossaryEntry[]): string {
  const cell = (value: string) => {
    const safe = FORMULA_START.test(value) ? `'${value}` : value;
    return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  const rows = entries.map((e) =>
    [e.name, e.type, e.description, e.aliases.join(';'), e.link ?? ''].map(cell).join(','),
  );
  return `${['name,type,description,aliases,link', ...rows].join('\r\n')}\r\n`;
}

export function glossaryToJson(entries: GlossaryEntry[]): string {
  return `${JSON.stringify({ entries }, null, 2)}\n`;
}

/** Undoes the apostrophe that export puts before a formula-like cell. */
export function unguardCell(value: string): string {
  return /^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value;
}
