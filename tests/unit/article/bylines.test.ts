/** Bylines and date lines, marked as such by the page, are not read as the story; dates in its sentences are. */
import { describe, expect, it } from 'vitest';
import { readArticle } from '../../../lib/article/read-article';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const paras = (from: number, to: number) =>
  Array.from(
    { length: to - from + 1 },
    (_, i) => `<p>Paragraph ${from + i} follows the harbour strike, its pickets and the talks, at some length.</p>`,
  ).join('');
const page = (lead: string, inside = '') =>
  parse(
    `<head><title>Dockers walk out in Gdansk</title></head><body><nav><a href="/">Home</a></nav><main><h1>Dockers walk out in Gdansk</h1>${lead}<div class="story">${paras(1, 4)}${inside}${paras(5, 8)}</div></main></body>`,
  );

describe('bylines and date lines', () => {
  it('leaves out a byline and a date line between the headline and the story', () => {
    const read = readArticle(
      page(
        '<div class="meta"><p>Updated <time datetime="2026-03-02">2 March 2026, 09:40</time></p></div><p>By <span itemprop="author">Ola Brzezinska</span></p><p>The strike spreads to a second port.</p>',
      ),
    );
    expect(read.body).toContain('Paragraph 1');
    expect(read.body).toContain('The strike spreads to a second port.');
    expect(read.body).not.toContain('Ola Brzezinska');
    expect(read.body).not.toContain('09:40');
  });

  it('leaves out an author block inside the story, marked by its property', () => {
    const read = readArticle(page('', '<div itemprop="author"><span>Reporting by Tomasz Lis</span></div>'));
    expect(read.body).toContain('Paragraph 8');
    expect(read.body).not.toContain('Tomasz Lis');
  });

  it('keeps a date inside a sentence, and a paragraph that cites one', () => {
    const cited =
      '<p>The union first struck on <time datetime="1980-08-14">14 August 1980</time>, and the yard closed for weeks.</p>';
    const read = readArticle(page('', cited));
    expect(read.body).toContain('The union first struck on 14 August 1980, and the yard closed for weeks.');
    const inline = readArticle(page('', '<p>Talks resume <time>on Monday</time>.</p>'));
    expect(inline.body).toContain('Talks resume on Monday.');
  });
});
