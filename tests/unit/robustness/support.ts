/** A small reference index for the robustness tests, independent of the knowledge pack on disk. */
import { expect } from 'vitest';
import type { Candidate } from '../../../lib/detect/detect-mentions';
import { buildReferenceIndex, type ReferenceRecord } from '../../../lib/reference/reference-index';

const RECORDS: ReferenceRecord[] = [
  { name: 'Astana', type: 'PLACE', description: 'Capital of Kazakhstan.', aliases: ['Nur-Sultan', 'Астана'] },
  { name: 'Almaty', type: 'PLACE', description: 'Largest city of Kazakhstan.', aliases: ['Alma-Ata'] },
  { name: 'Kazakhstan', type: 'PLACE', description: 'Country in Central Asia.' },
  { name: 'Kassym-Jomart Tokayev', type: 'PERSON', description: 'President of Kazakhstan.', aliases: ['Tokayev'] },
  { name: 'Nursultan Nazarbayev', type: 'PERSON', description: 'First president.', aliases: ['Nazarbayev'] },
  { name: 'European Union', type: 'ORG', description: 'Union of European states.', aliases: ['EU'] },
  { name: 'clemency', type: 'TERM', description: 'A pardon or reduced sentence.' },
  { name: 'political prisoner', type: 'TERM', description: 'Someone jailed for their politics.' },
];

export const reference = buildReferenceIndex(RECORDS, 'pack', 'robustness tests');

/** The term test that the pipeline passes to detectMentions. */
export const isTerm = reference.termLexicon;

/** The invariants every list of candidates keeps, whatever the text: exact forms, in order, not overlapping. */
export function expectSaneCandidates(text: string, candidates: readonly Candidate[]): void {
  let previousEnd = 0;
  for (const c of candidates) {
    expect(c.start).toBeGreaterThanOrEqual(previousEnd);
    expect(c.start).toBeLessThan(c.end);
    expect(c.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(c.start, c.end)).toBe(c.form);
    previousEnd = c.end;
  }
}

/** A deterministic pseudo-random source (a linear congruential generator), so big inputs are the same every run. */
export function seeded(seed: number): (n: number) => number {
  let state = seed >>> 0;
  return (n) => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state % n;
  };
}

/**
 * Every node of a tree with its attributes and text, walked without recursion: happy-dom's outerHTML recurses
 * and overflows the stack on very deep trees.
 */
export function fingerprint(root: Node): string {
  const out: string[] = [];
  let node: Node | null = root;
  while (node) {
    const el = node.nodeType === 1 ? (node as Element) : null;
    const attributes = el ? [...el.attributes].map((a) => `${a.name}=${a.value}`).join(' ') : '';
    out.push(`<${node.nodeName} ${attributes}>${node.nodeType === 3 ? (node as Text).data : ''}`);
    if (node.firstChild) node = node.firstChild;
    else {
      while (node && node !== root && !node.nextSibling) node = node.parentNode;
      node = node && node !== root ? node.nextSibling : null;
    }
  }
  return out.join('\n');
}
