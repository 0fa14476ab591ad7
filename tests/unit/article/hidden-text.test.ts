/** Text the page's markup hides is neither weighed as the story nor read as it. */
import { describe, expect, it } from 'vitest';
import { readArticle } from '../../../lib/article/read-article';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const paras = (word: string) =>
  Array.from(
    { length: 6 },
    (_, i) => `<p>${word} paragraph ${i + 1} tells of the vote, the council and the plan, in detail.</p>`,
  ).join('');

describe('hidden text in the story', () => {
  it('leaves out blocks hidden by their style, inside the chosen root', () => {
    for (const style of ['display: none', 'visibility:hidden', 'color: red; display : none']) {
      const doc = parse(`<body><article><div>${paras('Seen')}</div><div style="${style}">${paras('Hidden')}</div>
        <div>${paras('Also seen')}</div></article></body>`);
      const read = readArticle(doc);
      expect(read.body, style).toContain('Also seen paragraph 6');
      expect(read.body, style).not.toContain('Hidden');
    }
  });

  it('leaves out a hidden paragraph when the root is the page body itself', () => {
    const doc = parse(
      `<body><h1>Vote</h1>${paras('Seen')}<p style="display:none">Hidden words here, many of them.</p></body>`,
    );
    const read = readArticle(doc);
    expect(read.body).toContain('Seen paragraph 6');
    expect(read.body).not.toContain('Hidden words');
  });
});
