import type { EntityType } from '../model';
import type { ReferenceIndex } from '../reference/reference-index';

/** Every type the reference data gives a name: its entry's and each other reading's, when it has several. */
export function matchedTypes(name: string, index: ReferenceIndex): EntityType[] {
  const found = index.match(name);
  return [found?.entry, ...(found?.ambiguous ?? [])].flatMap((e) => (e ? [e.type] : []));
}
