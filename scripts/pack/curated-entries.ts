/** Pack records from the curated file kept in the repo, checked entry by entry. */
import { type EntityType, isEntityType } from '../../lib/model';
import type { PackRecord, PlaceFacts } from '../../lib/reference/pack-format';

interface CuratedEntry {
  name: string;
  type: EntityType;
  description: string;
  url: string;
  aliases?: string[];
  facts?: PlaceFacts;
}

export interface CuratedFile {
  entries: CuratedEntry[];
  terms: string[];
}

/** Throws with the entry's position when the file is malformed: a broken pack must not ship. */
export function checkCurated(raw: unknown): CuratedFile {
  const file = raw as CuratedFile;
  if (!Array.isArray(file?.entries) || !Array.isArray(file?.terms))
    throw new Error('curated.json needs "entries" and "terms" arrays');
  file.entries.forEach((e, i) => {
    const problem =
      typeof e.name !== 'string' || e.name.trim() === ''
        ? 'a name'
        : !isEntityType(e.type)
          ? 'a type of PERSON, PLACE, ORG or TERM'
          : typeof e.description !== 'string' || e.description.length < 10
            ? 'a description'
            : typeof e.url !== 'string' || !e.url.startsWith('https://')
              ? 'a source URL'
              : null;
    if (problem) throw new Error(`curated.json entry ${i + 1} (${String(e.name)}) needs ${problem}`);
  });
  return file;
}

export function curatedRecords(file: CuratedFile, source: number): PackRecord[] {
  return file.entries.map((e) => {
    const record: PackRecord = {
      name: e.name,
      type: e.type,
      description: e.description,
      sources: [source],
      aliases: e.aliases ?? [],
    };
    if (e.facts) record.facts = e.facts;
    return record;
  });
}
