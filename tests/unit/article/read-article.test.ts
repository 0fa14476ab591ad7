/** The hard shapes of real news pages, read as the content script reads them. */
import { describe, expect, it } from 'vitest';
import { readArticle } from '../../../lib/article/read-article';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const para = (n: number, topic = 'the harbour') =>
  `<p>Paragraph ${n} says more about ${topic}, the council and its plans, with a quote, and then some detail.</p>`;
const paras = (from: number, to: number, topic?: string) =>
  Array.from({ length: to - from + 1 }, (_, i) => para(from + i, topic)).join('');
const teaser = (n: number) =>
  `<div class="card"><h3><a href="/s/${n}">Other story number ${n} in the news today</a></h3><a href="/s/${n}">Read</a></div>`;

describe('readArticle', () => {
  it('reads a body split across sibling containers, with the headline apart', () => {
    const doc = parse(`<title>Harbour plan approved</title><body><main><h1>Harbour plan approved</h1>
      <div class="body-part">${paras(1, 4)}</div><div class="ad-slot"><p>Advertisement</p></div>
      <div class="body-part">${paras(5, 8)}</div><figure><img src="x.jpg"><figcaption>The harbour at dawn. Photo: Ana Ruiz</figcaption></figure>
      <div class="body-part">${paras(9, 11)}</div></main><aside>${paras(20, 22, 'other news')}</aside></body>`);
    const read = readArticle(doc);
    expect(read).toMatchObject({ isArticle: true, headline: 'Harbour plan approved' });
    for (const n of [1, 5, 9, 11]) expect(read.body).toContain(`Paragraph ${n} says`);
    expect(read.body).toContain('Photo: Ana Ruiz');
    expect(read.body).not.toContain('Advertisement');
    expect(read.body).not.toContain('other news');
    expect(read.body).not.toContain('Harbour plan approved');
  });

  it('trims a rail of teasers out of an article element, and keeps the standfirst', () => {
    const doc =
      parse(`<body><article><h1>Strike closes the port</h1><p class="standfirst">Dockers walk out over pay.</p>
      <div class="text">${paras(1, 6)}</div><div class="more">${[1, 2, 3, 4, 5, 6].map(teaser).join('')}</div></article></body>`);
    const read = readArticle(doc);
    expect(read.isArticle).toBe(true);
    expect(read.headline).toBe('Strike closes the port');
    expect(read.body).toContain('Dockers walk out over pay.');
    expect(read.body).toContain('Paragraph 6 says');
    expect(read.body).not.toContain('Other story');
  });

  it('keeps a list and a table that are part of the story', () => {
    const doc =
      parse(`<body><article><h1>Budget</h1>${paras(1, 3)}<ul><li>Schools get 4% more, the most in a decade.</li>
      <li>Hospitals get 2% more, less than they asked for.</li></ul>${paras(4, 5)}
      <table><tr><th>Item</th><th>Change</th></tr><tr><td>Roads</td><td>-3%</td></tr></table>${paras(6, 7)}</article></body>`);
    const { body } = readArticle(doc);
    expect(body).toContain('Schools get 4% more');
    expect(body).toContain('Roads');
  });

  it('leaves out a list of links inside the story', () => {
    const links = [1, 2, 3, 4].map((n) => `<li><a href="/r/${n}">Related report ${n}</a></li>`).join('');
    const { body } = readArticle(
      parse(`<body><article><h1>Budget</h1>${paras(1, 3)}<ul>${links}</ul>${paras(4, 6)}</article></body>`),
    );
    expect(body).toContain('Paragraph 6 says');
    expect(body).not.toContain('Related report');
  });

  it('reads a live blog: every post, and the ones still to come', () => {
    const post = (n: number) => `<div class="post"><p class="time">10:${n}0</p>${para(n, 'the count')}</div>`;
    const doc = parse(`<head><meta property="og:type" content="article"></head><body><article><h1>Live: the count</h1>
      <div class="feed">${[1, 2, 3, 4, 5].map(post).join('')}</div></article></body>`);
    const read = readArticle(doc);
    for (const n of [1, 5]) expect(read.body).toContain(`Paragraph ${n} says`);
  });

  it('takes a short story for a story', () => {
    const doc = parse(`<head><meta property="og:type" content="article"></head><body><nav><a href="/">Home</a></nav>
      <article><h1>Bridge reopens</h1><p>The Tower Bridge reopened on Monday after repairs, the City of London said.</p></article></body>`);
    const read = readArticle(doc);
    expect(read.isArticle).toBe(true);
    expect(read.body).toContain('Tower Bridge reopened');
  });

  it('says a front page of teasers and a page of search results are no article', () => {
    const front = parse(
      `<body><main>${[1, 2, 3, 4, 5, 6].map((n) => `<article><h2><a href="/a/${n}">Story ${n} of the day, with a long headline</a></h2><p>Summary of story ${n}, short.</p></article>`).join('')}</main></body>`,
    );
    expect(readArticle(front).isArticle).toBe(false);
    const results = parse(
      `<body><main><h1>Results for "harbour"</h1><ol>${[1, 2, 3, 4, 5, 6, 7, 8].map((n) => `<li><a href="/r/${n}">Harbour story ${n}: the council votes on the plan again</a><p>…the harbour plan…</p></li>`).join('')}</ol></main></body>`,
    );
    expect(readArticle(results).isArticle).toBe(false);
  });

  it('does not count a whole story wrapped in one link as links', () => {
    const { isArticle } = readArticle(parse(`<body><article><a href="x">${paras(1, 6)}</a></article></body>`));
    expect(isArticle).toBe(true);
  });

  it('reads the story, not a comment section holding far more prose than it', () => {
    const comment = (n: number) =>
      `<div class="comment"><p>Reader ${n} says, at length, that the plan is bad, costly, late, and in the wrong place.</p></div>`;
    const talk = Array.from({ length: 300 }, (_, i) => comment(i)).join('');
    const doc = parse(
      `<body><div class="page"><div class="story">${paras(1, 10)}</div><div class="comments">${talk}</div></div></body>`,
    );
    const read = readArticle(doc);
    expect(read.isArticle).toBe(true);
    expect(read.body).toContain('Paragraph 10 says');
    expect(read.body).not.toContain('Reader 1 says');
  });

  it('changes nothing in the page', () => {
    const doc = parse(`<body><article><h1>T</h1>${paras(1, 6)}<div class="more">${teaser(1)}</div></article></body>`);
    const before = doc.documentElement.outerHTML;
    readArticle(doc);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});
