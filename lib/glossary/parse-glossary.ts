/**
 * Reads a glossary file (CSV or JSON) and checks every row. Nothing in a file
 * is ever evaluated: "=HYPERLINK(…)" is kept as the text it is, and HTML in a
 * description is shown as text.
 */
import type { MessageKey } from '../i18n';
import type { EntityType } from '../model';
import { unguardCell } from './export-glossary';
import {
  ENTITY_TYPES,
  type GlossaryEntry,
  type GlossaryProblem,
  MAX_FIELD_CHARS,
  MAX_GLOSSARY_BYTES,
  type ParsedGlossary,
  type RowError,
} from './glossary-model';
import { readCsv } from './read-csv';

export function parseGlossaryFile(bytes: Uint8Array, fileName: string): ParsedGlossary {
  if (bytes.byteLength > MAX_GLOSSARY_BYTES) return fatal('glossErrTooLarge', (bytes.byteLength / 1e6).toFixed(1));
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return fatal('glossErrNotUtf8');
  }
  const isJson = /\.json$/i.test(fileName) || /^\s*[[{]/.test(text);
  return isJson ? parseJson(text) : parseCsvText(text);
}

function fatal(key: MessageKey, ...subs: string[]): ParsedGlossary {
  return { entries: [], errors: [], fatal: { key, subs } };
}

const problem = (key: MessageKey, ...subs: string[]): GlossaryProblem => ({ key, subs });

function parseJson(text: string): ParsedGlossary {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return fatal('glossErrBadJson', (error as Error).message);
  }
  const rows = Array.isArray(data) ? data : (data as { entries?: unknown })?.entries;
  if (!Array.isArray(rows)) return fatal('glossErrJsonShape');
  return collect(rows.map((row, i) => ({ line: i + 1, row: (row ?? {}) as Record<string, unknown> })));
}

function parseCsvText(text: string): ParsedGlossary {
  const [header, ...records] = readCsv(text);
  if (!header) return fatal('glossErrEmpty');
  const columns = header.fields.map((f) => f.trim().toLowerCase());
  const missing = ['name', 'type', 'description'].filter((c) => !columns.includes(c));
  if (missing.length > 0) return fatal('glossErrColumns', missing.join(', '));
  return collect(
    records.map((r) => ({
      line: r.line,
      row: Object.fromEntries(columns.map((c, i) => [c, unguardCell(r.fields[i] ?? '')])),
    })),
  );
}

function collect(rows: { line: number; row: Record<string, unknown> }[]): ParsedGlossary {
  const entries: GlossaryEntry[] = [];
  const errors: RowError[] = [];
  for (const { line, row } of rows) {
    const result = checkRow(row);
    if ('key' in result) errors.push({ line, message: result });
    else entries.push(result);
  }
  if (entries.length === 0 && errors.length === 0) return fatal('glossErrNoEntries');
  return { entries, errors };
}

function checkRow(row: Record<string, unknown>): GlossaryEntry | GlossaryProblem {
  const text = (key: string) =>
    typeof row[key] === 'string' ? (row[key] as string).trim() : row[key] === undefined ? '' : null;
  const name = text('name');
  const type = text('type')?.toUpperCase();
  const description = text('description');
  if (!name) return problem('glossRowNoName');
  if (name.length > MAX_FIELD_CHARS.name) return problem('glossRowNameLong', String(MAX_FIELD_CHARS.name));
  if (!type || !ENTITY_TYPES.includes(type as EntityType)) return problem('glossRowType');
  if (!description) return problem('glossRowNoDescription');
  if (description.length > MAX_FIELD_CHARS.description)
    return problem('glossRowDescriptionLong', String(MAX_FIELD_CHARS.description));
  const rawAliases = row.aliases;
  const aliases = (
    Array.isArray(rawAliases) ? rawAliases : typeof rawAliases === 'string' ? rawAliases.split(/[;|]/) : []
  )
    .map((a) => String(a).trim())
    .filter(Boolean);
  if (aliases.some((a) => a.length > MAX_FIELD_CHARS.alias))
    return problem('glossRowAliasLong', String(MAX_FIELD_CHARS.alias));
  const link = text('link');
  if (link && !/^https?:\/\/\S+$/i.test(link)) return problem('glossRowLink');
  const entry: GlossaryEntry = { name, type: type as EntityType, description, aliases };
  if (link) entry.link = link;
  return entry;
}
