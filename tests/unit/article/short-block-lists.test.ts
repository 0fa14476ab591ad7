/**
 * The short blocks the reader weighs one by one (a results table's cells, a rail's items) are read without a
 * list object each: in the content script every object read from the page is a wrapper Chromium keeps in a
 * table, and a list per cell of a 100,000-cell table grew that table past a doubling, a step of 165 ms.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { findArticleRoot } from '../../../lib/article/find-article-root';
import { readArticle } from '../../../lib/article/read-article';

const CELLS = 2_000;

function resultsPage(byline = ''): Document {
  const prose = Array.from(
    { length: 12 },
    (_, i) => `<p>Paragraph ${i} of the count tells how the district voted, and why, with the officials' words.</p>`,
  ).join('');
  const rows = Array.from(
    { length: CELLS / 4 },
    (_, i) => `<tr><td>d-${i}</td><td>${i}</td><td>4%</td><td>7</td></tr>`,
  );
  const html = `<body><div class="story"><h1>Results</h1>${byline}${prose}<table>${rows.join('')}</table></div></body>`;
  return new DOMParser().parseFromString(html, 'text/html');
}

/** Counts calls of a getter or method where an element inherits it from. */
function countCalls(el: Element, name: string): { calls: number } {
  let object = Object.getPrototypeOf(el);
  while (object && !Object.hasOwn(object, name)) object = Object.getPrototypeOf(object);
  const descriptor = Object.getOwnPropertyDescriptor(object, name) as PropertyDescriptor;
  const count = { calls: 0 };
  const key = descriptor.get ? 'get' : 'value';
  const original = descriptor[key] as (...args: unknown[]) => unknown;
  Object.defineProperty(object, name, {
    ...descriptor,
    [key](this: unknown, ...args: unknown[]) {
      count.calls++;
      return original.apply(this, args);
    },
  });
  restores.push(() => Object.defineProperty(object, name, descriptor));
  return count;
}

const restores: (() => void)[] = [];
afterEach(() => {
  for (const restore of restores.splice(0)) restore();
});

describe('short blocks of a story', () => {
  it('are read for an ad label without a child list each', () => {
    const doc = resultsPage();
    const lists = countCalls(doc.body, 'childNodes');
    const found = findArticleRoot(doc);
    expect(found.isArticle).toBe(true);
    expect(lists.calls).toBeLessThan(CELLS / 10);
  });

  it('are asked for a byline without a list of marks each when they hold none', () => {
    const doc = resultsPage();
    const lists = countCalls(doc.body, 'querySelectorAll');
    expect(findArticleRoot(doc).isArticle).toBe(true);
    expect(lists.calls).toBeLessThan(CELLS / 10);
  });

  it('still take a byline out of the story, with its marks counted', () => {
    const byline = '<p>By <a rel="author" href="/a">Aigerim Nurpeisova</a>, <time>8 March</time></p>';
    const read = readArticle(resultsPage(byline));
    expect(read.body).toContain('Paragraph 11');
    expect(read.body).not.toContain('Aigerim Nurpeisova');
  });
});
