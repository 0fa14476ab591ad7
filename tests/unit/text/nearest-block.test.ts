/**
 * The block of each text node, found by climbing from its parent. Only the last parent's answer is kept: a map
 * of every parent would hold a wrapper of ours for each element of a giant page's story for the whole read.
 */
import { describe, expect, it } from 'vitest';
import { nearestBlockFinder } from '../../../lib/text/nearest-block';

function story(): { root: Element; texts: Text[] } {
  const doc = new DOMParser().parseFromString(
    '<body><div id="root"><p id="p">Officials in <a href="#a"><b>Astana</b></a> met <i>again</i>.</p><ul><li id="li">A list item</li></ul>Loose text</div></body>',
    'text/html',
  );
  const root = doc.getElementById('root') as Element;
  const walker = doc.createTreeWalker(root, 4);
  const texts: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node as Text);
  return { root, texts };
}

/** Counts the parentElement reads made while `fn` runs. */
function climbs(node: Node, fn: () => void): number {
  let object = Object.getPrototypeOf(node);
  while (object && !Object.hasOwn(object, 'parentElement')) object = Object.getPrototypeOf(object);
  const descriptor = Object.getOwnPropertyDescriptor(object, 'parentElement') as PropertyDescriptor;
  let count = 0;
  Object.defineProperty(object, 'parentElement', {
    ...descriptor,
    get(this: Node) {
      count++;
      return descriptor.get?.call(this);
    },
  });
  try {
    fn();
  } finally {
    Object.defineProperty(object, 'parentElement', descriptor);
  }
  return count;
}

describe('nearestBlockFinder', () => {
  it('answers the paragraph, the list item or the root for each text, however deep its inline elements', () => {
    const { root, texts } = story();
    const blockOf = nearestBlockFinder(root);
    expect(texts.map((t) => t.data)).toEqual([
      'Officials in ',
      'Astana',
      ' met ',
      'again',
      '.',
      'A list item',
      'Loose text',
    ]);
    expect(texts.map((t) => blockOf(t).id)).toEqual(['p', 'p', 'p', 'p', 'p', 'li', 'root']);
  });

  it('reuses the answer for the same parent, and holds no other: a parent met again is climbed from again', () => {
    const { root, texts } = story();
    const [first, inBold, , , last] = texts as Text[];
    const blockOf = nearestBlockFinder(root);
    const boldClimb = climbs(root, () => blockOf(inBold as Text));
    // From the text to <b>, then <a>, then <p>.
    expect(boldClimb).toBe(3);
    expect(climbs(root, () => blockOf(inBold as Text))).toBe(1);
    expect(climbs(root, () => blockOf(first as Text))).toBe(1);
    expect(climbs(root, () => blockOf(last as Text))).toBe(1);
    expect(climbs(root, () => blockOf(inBold as Text))).toBe(boldClimb);
  });
});
