/**
 * The baseline: compromise's people, places and organisations, shaped like
 * Backstory's entities so both are scored by the same code. Compromise is a
 * dev dependency for comparison only; the extension never loads it.
 */
import nlp from 'compromise';
import type { EvalEntity } from './match-entities';

const LISTS = [
  ['PERSON', (doc: ReturnType<typeof nlp>) => doc.people()],
  ['PLACE', (doc: ReturnType<typeof nlp>) => doc.places()],
  ['ORG', (doc: ReturnType<typeof nlp>) => doc.organizations()],
] as const;

// compromise's matches keep the text's punctuation ("Atyrau, Kazakhstan." or
// "(Reuters)"); the gold forms never do, so the baseline would lose on commas.
const EDGE_PUNCTUATION = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;
const POSSESSIVE = /['’]s$/u;

export function cleanCompromiseMatch(match: string): string {
  return match.replace(EDGE_PUNCTUATION, '').replace(POSSESSIVE, '').replace(/\s+/g, ' ');
}

/** One entity per distinct string per type: compromise does not group "Boqaev" with "Maks Boqaev". */
export function compromiseEntities(text: string): EvalEntity[] {
  const doc = nlp(text);
  const entities: EvalEntity[] = [];
  for (const [type, list] of LISTS) {
    const seen = new Set<string>();
    for (const raw of list(doc).out('array') as string[]) {
      const form = cleanCompromiseMatch(raw);
      if (form.length === 0 || seen.has(form)) continue;
      seen.add(form);
      entities.push({ name: form, type, forms: [form] });
    }
  }
  return entities;
}
