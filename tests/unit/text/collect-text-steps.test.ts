/** collectText cut into steps: the page may change between two of them. */
import { describe, expect, it } from 'vitest';
import { runSteps } from '../../../lib/steps';
import { collectText, collectTextSteps } from '../../../lib/text/collect-text';

/** Paragraphs p0..p(n-1), each an element and a text node: a step of 200 nodes ends inside p99. */
function paragraphs(n: number, wrap = (html: string) => html): Element {
  const body = Array.from({ length: n }, (_, i) => `<p id="p${i}">Para ${i}.</p>`).join('');
  const doc = new DOMParser().parseFromString(`<body><div id="root">${wrap(body)}</div></body>`, 'text/html');
  return doc.getElementById('root') as Element;
}

/** Runs the walk up to its first pause, lets the page change, then runs it to the end. */
function readAcrossAChange(root: Element, change: () => void): string {
  const steps = collectTextSteps(root);
  expect(steps.next().done).toBe(false);
  change();
  return runSteps(steps).text;
}

describe('collectTextSteps', () => {
  it('reads what collectText reads, pausing every 200 nodes and around the join of the whole text', () => {
    const root = paragraphs(300);
    const steps = collectTextSteps(root);
    let pauses = 0;
    let next = steps.next();
    for (; !next.done; next = steps.next()) pauses++;
    // 600 nodes (300 paragraphs and their texts): three pauses in the walk, and two around the join.
    expect(pauses).toBe(5);
    expect(next.value.text).toBe(collectText(root).text);
  });

  it('stops at the first node past the most characters it was asked for', () => {
    const root = paragraphs(300);
    // Each paragraph is 7 characters and a line break: the sixth takes the text past 40.
    const index = collectText(root, { maxChars: 40 });
    expect(index.text).toBe(['Para 0.', 'Para 1.', 'Para 2.', 'Para 3.', 'Para 4.', 'Para 5.'].join('\n'));
    expect(index.nodes).toHaveLength(6);
  });

  // The walk pauses before the text of p99. (A browser also moves the mark when an ancestor of
  // that text goes; happy-dom moves a Range's boundary only when its own container is removed.)
  it('goes on after the page removed the node it paused at', () => {
    const root = paragraphs(300);
    const text = readAcrossAChange(root, () => root.querySelector('#p99')?.firstChild?.remove());
    expect(text).toContain('Para 98.\nPara 100.');
    expect(text).toContain('Para 299.');
    expect(text).not.toContain('Para 99.');
  });

  it('reads what the page put in place of the node it paused at', () => {
    const root = paragraphs(300);
    const text = readAcrossAChange(root, () => root.querySelector('#p99')?.firstChild?.replaceWith('Breaking news.'));
    expect(text).toContain('Para 98.\nBreaking news.\nPara 100.');
  });

  it('stops, keeping what it read, when the root itself left the page', () => {
    const root = paragraphs(300);
    const text = readAcrossAChange(root, () => root.replaceChildren());
    expect(text.endsWith('Para 98.')).toBe(true);
  });
});
