/**
 * Reads a glossary file (CSV or JSON) and checks every row, against the rest of the file and the glossaries already
 * stored. Every problem is reported where it is (line, and column or field); nothing is stored from here. Nothing in
 * a file is ever evaluated: "=HYPERLINK(…)" is kept as the text it is, and HTML in a description is shown as text.
 */
import type { MessageKey } from '../i18n';
import { foldName } from '../names/fold';
import { checkRow, type Field } from './check-row';
import { unguardCell } from './export-glossary';
import {
  type Glossary,
  type GlossaryEntry,
  type GlossaryProblem,
  MAX_GLOSSARY_BYTES,
  type ParsedGlossary,
  type RowError,
} from './glossary-model';
import { detectDelimiter, readCsv } from './read-csv';

interface Row {
  line: number;
  row: Record<string, unknown>;
  /** Where each field is in a CSV file, counted from 1. */
  columns?: Partial<Record<string, number>>;
  /** Problems found before the row's own checks: quoting. */
  early?: RowError[];
}

export function parseGlossaryFile(
  bytes: Uint8Array,
  fileName: string,
  stored: readonly Glossary[] = [],
): ParsedGlossary {
  if (bytes.byteLength > MAX_GLOSSARY_BYTES) return fatal('glossErrTooLarge', (bytes.byteLength / 1e6).toFixed(1));
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return fatal('glossErrNotUtf8');
  }
  const isJson = /\.json$/i.test(fileName) || /^\s*[[{]/.test(text);
  return isJson ? parseJson(text, stored) : parseCsvText(text, stored);
}

function fatal(key: MessageKey, ...subs: string[]): ParsedGlossary {
  return { entries: [], errors: [], fatal: { key, subs } };
}

const problem = (key: MessageKey, ...subs: string[]): GlossaryProblem => ({ key, subs });

function parseJson(text: string, stored: readonly Glossary[]): ParsedGlossary {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return fatal('glossErrBadJson', (error as Error).message);
  }
  const rows = Array.isArray(data) ? data : (data as { entries?: unknown })?.entries;
  if (!Array.isArray(rows)) return fatal('glossErrJsonShape');
  return collect(
    rows.map((row, i) => ({ line: i + 1, row: (row ?? {}) as Record<string, unknown> })),
    stored,
  );
}

function parseCsvText(text: string, stored: readonly Glossary[]): ParsedGlossary {
  const delimiter = detectDelimiter(text);
  const [header, ...records] = readCsv(text, delimiter);
  if (!header) return fatal('glossErrEmpty');
  const names = header.fields.map((f) => f.trim().toLowerCase());
  const columns: Partial<Record<string, number>> = {};
  for (const [i, name] of names.entries()) {
    const first = columns[name];
    // Which of the two to read is anyone's guess: the file must say.
    if (first !== undefined && name !== '') return fatal('glossErrDuplicateColumn', name, String(first), String(i + 1));
    columns[name] = i + 1;
  }
  const missing = ['name', 'type', 'description'].filter((c) => !names.includes(c));
  if (missing.length > 0) return fatal('glossErrColumns', missing.join(', '));
  const rows = records.map(
    (r): Row => ({
      line: r.line,
      columns,
      row: Object.fromEntries(names.map((c, i) => [c, unguardCell(r.fields[i] ?? '')])),
      early: r.problems.map((p) => ({
        line: r.line,
        column: p.column,
        field: names[p.column - 1],
        message: problem(p.kind === 'unclosed' ? 'glossCsvUnclosedQuote' : 'glossCsvTextAfterQuote'),
      })),
    }),
  );
  const parsed = collect(rows, stored);
  return delimiter === ';' ? { ...parsed, notes: [problem('glossNoteSemicolons')] } : parsed;
}

/** Every row's problems, and the entries of the rows that have none; a name is taken once, and never over a stored one. */
function collect(rows: Row[], stored: readonly Glossary[]): ParsedGlossary {
  const entries: GlossaryEntry[] = [];
  const errors: RowError[] = [];
  const storedNames = new Map<string, string>();
  for (const glossary of stored) for (const e of glossary.entries) storedNames.set(foldName(e.name), glossary.name);
  const seen = new Map<string, number>();
  for (const { line, row, columns, early = [] } of rows) {
    const where = (field: Field) => ({ line, column: columns?.[field], field });
    const result = checkRow(row);
    const found: RowError[] = [...early];
    if (Array.isArray(result)) found.push(...result.map((p) => ({ ...where(p.field), message: p.message })));
    else {
      const key = foldName(result.name);
      const earlier = seen.get(key);
      const glossary = storedNames.get(key);
      if (earlier !== undefined)
        found.push({ ...where('name'), message: problem('glossRowDuplicate', result.name, String(earlier)) });
      else if (glossary !== undefined)
        found.push({ ...where('name'), message: problem('glossRowExists', result.name, glossary) });
      if (found.length === 0) {
        seen.set(key, line);
        entries.push(result);
      }
    }
    errors.push(...found);
  }
  if (entries.length === 0 && errors.length === 0) return fatal('glossErrNoEntries');
  return { entries, errors };
}
