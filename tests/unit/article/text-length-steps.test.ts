import { describe, expect, it } from 'vitest';
import { TEXT_NODES_PER_STEP, textLengthSteps } from '../../../lib/article/prose';
import type { Steps } from '../../../lib/steps';
import { collectTextSteps } from '../../../lib/text/collect-text';

function counted<T>(steps: Steps<T>): { value: T; steps: number } {
  for (let count = 0; ; count++) {
    const next = steps.next();
    if (next.done) return { value: next.value, steps: count };
  }
}

/** A block of `cells` table cells, each a text node, as results tables and heavy pages have them. */
function table(cells: number): Element {
  const div = document.createElement('div');
  const row = document.createElement('tr');
  for (let i = 0; i < cells; i++) {
    const cell = document.createElement('td');
    cell.textContent = `cell ${i}`;
    row.append(cell);
  }
  const body = document.createElement('table');
  body.append(row);
  div.append(body);
  return div;
}

describe('measuring a large block a step at a time', () => {
  it('gives the length textContent has, pausing every few hundred text nodes', () => {
    const block = table(10_000);
    const { value, steps } = counted(textLengthSteps(block));
    expect(value).toBe(block.textContent?.length);
    expect(steps).toBe(Math.floor(10_000 / TEXT_NODES_PER_STEP));
  });

  it('reads a block of 10,000 text nodes as many short steps, into the same text as in one go', () => {
    const block = table(10_000);
    const { value, steps } = counted(collectTextSteps(block));
    expect(steps).toBeGreaterThanOrEqual(50);
    expect(value.text).toBe([...block.querySelectorAll('td')].map((td) => td.textContent).join('\n'));
    expect(value.segments).toHaveLength(10_000);
  });
});
