import { describe, expect, it, vi } from 'vitest';
import { insideAny } from '../../../lib/text/shadow-tree';

/** A feed of posts, one of which holds a web component whose shadow tree holds another. */
function feed() {
  const root = document.createElement('div');
  const posts = Array.from({ length: 5 }, () => root.appendChild(document.createElement('p')));
  const outer = posts[3]?.appendChild(document.createElement('post-card')) as HTMLElement;
  const inner = outer.attachShadow({ mode: 'open' }).appendChild(document.createElement('post-quote'));
  const deep = inner.attachShadow({ mode: 'open' }).appendChild(document.createTextNode('Atyrau'));
  document.body.append(root);
  return { posts, deep, plain: posts[1]?.appendChild(document.createTextNode('Astana')) as Text };
}

describe('insideAny', () => {
  it('finds a node under any of the elements, past the shadow roots between them', () => {
    const { posts, deep, plain } = feed();
    const [a, b, , d, e] = posts as HTMLElement[];
    expect(insideAny([a as Node, d as Node], deep)).toBe(true);
    expect(insideAny([a as Node, e as Node], deep)).toBe(false);
    expect(insideAny([e as Node, b as Node], plain)).toBe(true);
    expect(insideAny([], plain)).toBe(false);
  });

  it('climbs each shadow boundary once, however many elements it checks against', () => {
    const { posts, deep } = feed();
    const climbs = vi.spyOn(Node.prototype, 'getRootNode');
    insideAny(posts.slice(0, 3), deep);
    const againstThree = climbs.mock.calls.length;
    climbs.mockClear();
    insideAny(
      posts.filter((_, i) => i !== 3),
      deep,
    );
    // The node is three trees deep (two shadow roots and the document): one look at each tree's root.
    expect(againstThree).toBe(3);
    expect(climbs.mock.calls.length).toBe(againstThree);
  });
});
