/** Which blocks beside the story join it: more of the story does, a call to action does not. */
import { describe, expect, it } from 'vitest';
import { readArticle } from '../../../lib/article/read-article';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const paras = (from: number, to: number) =>
  Array.from(
    { length: to - from + 1 },
    (_, i) => `<p>Paragraph ${from + i} tells of the inquiry, the judge and the families, with a quote and detail.</p>`,
  ).join('');

describe('joining the blocks beside the story', () => {
  const page = (after: string) =>
    parse(
      `<body><div class="col"><div class="story">${paras(1, 8)}</div>${after}</div><aside>Other things</aside></body>`,
    );

  it('joins a short paragraph set beside the story', () => {
    const read = readArticle(page('<p>The inquiry resumes on Monday.</p>'));
    expect(read.body).toContain('Paragraph 8');
    expect(read.body).toContain('The inquiry resumes on Monday.');
  });

  it('leaves out a sign-up box that reads like a sentence, by its field', () => {
    const box =
      '<div class="box"><strong>Get the morning briefing</strong> every weekday in your inbox.<form><input type="email"> <button>Sign up</button></form></div>';
    const read = readArticle(page(box));
    expect(read.body).toContain('Paragraph 8');
    expect(read.body).not.toContain('briefing');
  });

  it('leaves out a short block named as a promotion', () => {
    for (const name of ['newsletter-promo', 'subscribe']) {
      const read = readArticle(page(`<p class="${name}">Our reporters bring you the story every day.</p>`));
      expect(read.body, name).not.toContain('Our reporters');
    }
  });

  it('still joins a long part of the story that quotes a form', () => {
    const part = `<div class="part">${paras(9, 14)}<form><input type="text" placeholder="Your answer"></form></div>`;
    const read = readArticle(page(part));
    expect(read.body).toContain('Paragraph 14');
  });
});

describe('the lead between the headline and the story', () => {
  it('keeps a captioned photo after a header that joined the story', () => {
    // The header's class scores it as story, so it joins the body as a part.
    const doc = parse(`<title>Families still wait</title><body><article>
      <header class="article-header"><p class="kicker">THE LONG READ</p><h1>Families still wait</h1><p class="standfirst">Relatives of the dead say the official account leaves too much unexplained, years on.</p></header>
      <figure><img src="x.jpg"><figcaption>Flowers at a memorial. <span class="credit">Photo: Ruslan Bekov</span></figcaption></figure>
      <div class="body">${paras(1, 12)}</div></article></body>`);
    const read = readArticle(doc);
    expect(read.headline).toBe('Families still wait');
    expect(read.body).toContain('Relatives of the dead');
    expect(read.body).toContain('Flowers at a memorial.');
    expect(read.body).toContain('Photo: Ruslan Bekov');
  });
});
