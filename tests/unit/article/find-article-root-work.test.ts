/**
 * How much of the page root finding touches between two points where a sliced read may pause: counted in DOM
 * reads (each property or method of the page's nodes that the reader calls) and in searches of the whole page
 * (selector queries on the document or on an element holding most of it), never in time.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { findArticleRoot, findArticleRootSteps } from '../../../lib/article/find-article-root';

/** Most reads a step may make: the walk's 300 nodes take a few reads each. */
const MAX_READS_PER_STEP = 5_000;
/** A step may ask the page one question that searches all of it (some questions are two selector queries). */
const MAX_SEARCHES_PER_STEP = 2;

const sentence = (n: number) =>
  `Paragraph ${n} of the report, with a <a href="#s${n}">source</a>, describes the city at length, with quotes.`;

/** An article element holding a long story of many text nodes, a second article, and a rail of links. */
function heavyPage(paragraphs: number): Document {
  const story = Array.from({ length: paragraphs }, (_, i) => `<p>${sentence(i)}</p>`).join('');
  const rail = Array.from({ length: 2_000 }, (_, i) => `<li><a href="/s/${i}">Story ${i}</a></li>`).join('');
  const html = `<head><title>The report</title></head><body><div class="page"><article><h1>The report</h1>${story}</article>
<article><p>${sentence(-1)}</p></article><ul class="rail">${rail}</ul></div></body>`;
  return new DOMParser().parseFromString(html, 'text/html');
}

/** The document and the elements holding more than half of its elements: a search there searches the page. */
function holdersOfMost(doc: Document): Set<Node> {
  const big = new Set<Node>([doc]);
  const half = doc.getElementsByTagName('*').length / 2;
  const sizeOf = (el: Element): number => {
    let size = 0;
    for (const child of el.children) size += 1 + sizeOf(child);
    if (size > half) big.add(el);
    return size;
  };
  sizeOf(doc.documentElement);
  return big;
}

type Counted = { object: object; name: string; descriptor: PropertyDescriptor };

/** Wraps the DOM's getters and methods to count calls from outside (a call inside another is its own work). */
function countReads(doc: Document, wholePage: (receiver: unknown) => boolean) {
  const count = { reads: 0, searches: 0 };
  let depth = 0;
  const counted = <T extends (...args: unknown[]) => unknown>(fn: T, search: boolean) =>
    function (this: unknown, ...args: unknown[]) {
      if (depth === 0) {
        count.reads++;
        if (search && wholePage(this)) count.searches++;
      }
      depth++;
      try {
        return fn.apply(this, args);
      } finally {
        depth--;
      }
    };
  const saved: Counted[] = [];
  // Wrapped where the page's own nodes inherit them from: a parsed document may not share the window's classes.
  const wrap = (instance: object, names: string[], search = false) => {
    for (const name of names) {
      let object = Object.getPrototypeOf(instance);
      while (object && !Object.hasOwn(object, name)) object = Object.getPrototypeOf(object);
      const descriptor = object && Object.getOwnPropertyDescriptor(object, name);
      if (!descriptor || saved.some((s) => s.object === object && s.name === name)) continue;
      saved.push({ object, name, descriptor });
      const changed = { ...descriptor };
      if (descriptor.get) changed.get = counted(descriptor.get, false);
      else changed.value = counted(descriptor.value, search);
      Object.defineProperty(object, name, changed);
    }
  };
  const nodeReads = ['nextSibling', 'firstChild', 'parentNode', 'nodeType', 'textContent', 'childNodes'];
  const text = doc.createTextNode('');
  wrap(text, nodeReads);
  wrap(doc.body, nodeReads);
  wrap(text, ['data']);
  // closest() climbs the ancestors only: a read, not a search.
  wrap(doc.body, ['tagName', 'getAttribute', 'childElementCount', 'textContent', 'matches', 'closest']);
  const searches = ['querySelector', 'querySelectorAll', 'getElementsByTagName'];
  wrap(doc.body, searches, true);
  wrap(doc, searches, true);
  restore = () => {
    for (const { object, name, descriptor } of saved) Object.defineProperty(object, name, descriptor);
  };
  return count;
}

let restore: () => void = () => undefined;
afterEach(() => restore());

describe('root finding on a page of very many text nodes', () => {
  it('reads a bounded share of the page between pauses, and finds what it finds in one go', () => {
    const doc = heavyPage(6_000);
    const expected = findArticleRoot(doc);
    const big = holdersOfMost(doc);
    const count = countReads(doc, (receiver) => big.has(receiver as Node));
    const steps = findArticleRootSteps(doc);
    let [maxReads, maxSearches, pauses] = [0, 0, 0];
    for (let next = steps.next(); ; next = steps.next()) {
      maxReads = Math.max(maxReads, count.reads);
      maxSearches = Math.max(maxSearches, count.searches);
      [count.reads, count.searches] = [0, 0];
      if (next.done) {
        restore();
        expect({ ...next.value, reason: expected.reason }).toEqual(expected);
        break;
      }
      pauses++;
    }
    expect(expected.isArticle).toBe(true);
    expect(pauses).toBeGreaterThan(50);
    expect(maxReads).toBeLessThanOrEqual(MAX_READS_PER_STEP);
    expect(maxSearches).toBeLessThanOrEqual(MAX_SEARCHES_PER_STEP);
  });
});
