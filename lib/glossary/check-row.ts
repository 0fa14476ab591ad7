/** The checks of one glossary row: every problem it has, each with the field it is in. */
import type { MessageKey } from '../i18n';
import { type EntityType, isEntityType } from '../model';
import { type GlossaryEntry, type GlossaryProblem, MAX_ALIASES, MAX_FIELD_CHARS } from './glossary-model';

export type Field = 'name' | 'type' | 'description' | 'aliases' | 'link';

export interface FieldProblem {
  field: Field;
  message: GlossaryProblem;
}

const problem = (field: Field, key: MessageKey, ...subs: string[]): FieldProblem => ({ field, message: { key, subs } });

/** The entry the row makes, or every problem that keeps it out. */
export function checkRow(row: Record<string, unknown>): GlossaryEntry | FieldProblem[] {
  const text = (key: Field) =>
    typeof row[key] === 'string' ? (row[key] as string).trim() : row[key] === undefined ? '' : null;
  const problems: FieldProblem[] = [];
  const name = text('name');
  if (!name) problems.push(problem('name', 'glossRowNoName'));
  else if (name.length > MAX_FIELD_CHARS.name)
    problems.push(problem('name', 'glossRowNameLong', String(MAX_FIELD_CHARS.name)));
  const type = text('type')?.toUpperCase();
  if (!isEntityType(type)) problems.push(problem('type', 'glossRowType'));
  const description = text('description');
  if (!description) problems.push(problem('description', 'glossRowNoDescription'));
  else if (description.length > MAX_FIELD_CHARS.description)
    problems.push(problem('description', 'glossRowDescriptionLong', String(MAX_FIELD_CHARS.description)));
  const aliases = aliasesOf(row.aliases);
  if (aliases.length > MAX_ALIASES) problems.push(problem('aliases', 'glossRowAliasesMany', String(MAX_ALIASES)));
  else if (aliases.some((a) => a.length > MAX_FIELD_CHARS.alias))
    problems.push(problem('aliases', 'glossRowAliasLong', String(MAX_FIELD_CHARS.alias)));
  const link = text('link');
  if (link && link.length > MAX_FIELD_CHARS.link)
    problems.push(problem('link', 'glossRowLinkLong', String(MAX_FIELD_CHARS.link)));
  else if (link && !/^https?:\/\/\S+$/i.test(link)) problems.push(problem('link', 'glossRowLink'));
  if (problems.length > 0) return problems;
  const entry: GlossaryEntry = {
    name: name as string,
    type: type as EntityType,
    description: description as string,
    aliases,
  };
  if (link) entry.link = link;
  return entry;
}

/** A list in JSON, or one cell separated by semicolons or bars. */
function aliasesOf(raw: unknown): string[] {
  const parts = Array.isArray(raw) ? raw : typeof raw === 'string' ? raw.split(/[;|]/) : [];
  const aliases: string[] = [];
  for (const part of parts) {
    const alias = String(part).trim();
    if (alias) aliases.push(alias);
    // Enough to say there are too many, without splitting up all of a hostile row's 100,000.
    if (aliases.length > MAX_ALIASES) break;
  }
  return aliases;
}
