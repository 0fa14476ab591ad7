/**
 * Looks names up in reference data by their folded key. Two entries that share
 * a key make the name ambiguous, and an ambiguous name gets no entry: a wrong
 * card is worse than none.
 */
import type { EntityType, ReferenceEntry, SourceKind } from '../model';
import { foldName } from '../names/fold';

export interface ReferenceRecord {
  name: string;
  type: EntityType;
  description: string;
  aliases?: string[];
}

export interface ReferenceIndex {
  lookup(name: string): ReferenceEntry | null;
  readonly size: number;
}

const AMBIGUOUS = Symbol('ambiguous');

export function buildReferenceIndex(
  records: readonly ReferenceRecord[],
  source: SourceKind,
  sourceLabel: string,
): ReferenceIndex {
  const byKey = new Map<string, ReferenceEntry | typeof AMBIGUOUS>();
  for (const record of records) {
    const entry: ReferenceEntry = {
      name: record.name,
      type: record.type,
      description: record.description,
      source,
      sourceLabel,
    };
    for (const form of [record.name, ...(record.aliases ?? [])]) {
      const key = foldName(form);
      const existing = byKey.get(key);
      byKey.set(key, existing && existing !== AMBIGUOUS && existing.name !== entry.name ? AMBIGUOUS : entry);
    }
  }
  return {
    lookup(name) {
      const hit = byKey.get(foldName(name));
      return hit && hit !== AMBIGUOUS ? hit : null;
    },
    size: records.length,
  };
}
