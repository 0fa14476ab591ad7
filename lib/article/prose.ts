/**
 * How much paragraph prose an element holds: the measure root finding weighs
 * candidates by. Written as steps, since on a heavy page it walks thousands of
 * paragraphs and the content script cuts that walk into slices.
 */
import { runSteps, type Steps } from '../steps';
import { isPageChrome } from './is-page-chrome';

/** A paragraph shorter than this is a teaser, a label or a button. */
export const MIN_PARAGRAPH_CHARS = 60;
/** Paragraphs (or links) measured between two points where a sliced walk may pause. */
export const ITEMS_PER_STEP = 16;

/** Characters of paragraph prose inside an element, leaving out page chrome. */
export function proseLength(el: Element): number {
  return runSteps(proseLengthSteps(el));
}

export function* proseLengthSteps(el: Element): Steps<number> {
  let total = 0;
  let seen = 0;
  for (const p of el.querySelectorAll('p')) {
    if (++seen % ITEMS_PER_STEP === 0) yield;
    const length = (p.textContent ?? '').trim().length;
    if (length >= MIN_PARAGRAPH_CHARS && !isChromeBetween(p, el)) total += length;
  }
  return total;
}

export function isChromeBetween(node: Element, root: Element): boolean {
  for (let p: Element | null = node; p && p !== root; p = p.parentElement) {
    if (isPageChrome(p)) return true;
  }
  return false;
}

/** Text nodes counted between two points where a sliced walk may pause. */
export const TEXT_NODES_PER_STEP = 500;
const SHOW_TEXT = 0x4;

/**
 * The length of an element's text, as `textContent.length` gives it, without building that string: on a page of
 * 200,000 text nodes the string of a large block takes tens of milliseconds to make in one go.
 */
export function* textLengthSteps(el: Element): Steps<number> {
  const walker = (el.ownerDocument as Document).createTreeWalker(el, SHOW_TEXT);
  let length = 0;
  let seen = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (++seen % TEXT_NODES_PER_STEP === 0) yield;
    length += (node as Text).data.length;
  }
  return length;
}

/** The share of an element's text that sits in links: a stream of other stories is mostly links. */
export function* linkShareSteps(el: Element): Steps<number> {
  const text = yield* textLengthSteps(el);
  let links = 0;
  let seen = 0;
  for (const a of el.querySelectorAll('a')) {
    if (++seen % (ITEMS_PER_STEP * 4) === 0) yield;
    links += (a.textContent ?? '').length;
  }
  return text > 0 ? links / text : 0;
}
