/**
 * Lines made of one link inside a story: a "Read more" pointer to another story goes, but a link that is a
 * cell of the story's table or an item of its list is part of that table or list, judged whole.
 */
import { describe, expect, it } from 'vitest';
import { readArticle } from '../../../lib/article/read-article';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const paras = (from: number, to: number) =>
  Array.from(
    { length: to - from + 1 },
    (_, i) => `<p>Paragraph ${from + i} tells how the valley flooded, who was warned, and what the mayor said.</p>`,
  ).join('');

describe('link lines in a story', () => {
  it('keep a table cell that is a link, and take out a line that points to another story', () => {
    const rows = ['Almaty', 'Shymkent', 'Aktobe', 'Taraz']
      .map(
        (city, i) =>
          `<tr><td><a href="/wiki/${city}">${city}</a></td><td>${1990 + i}</td><td>${i * 7} mm of rain fell in a day, most of it overnight</td></tr>`,
      )
      .join('');
    const read = readArticle(
      parse(`<body><div class="story">${paras(1, 4)}<table>${rows}</table>
      <p><a href="/news/other">Read more: drought hits the southern farms this summer</a></p>${paras(5, 8)}</div></body>`),
    );
    expect(read.isArticle).toBe(true);
    expect(read.body).toContain('Shymkent');
    expect(read.body).toContain('Paragraph 8');
    expect(read.body).not.toContain('drought hits');
  });

  it('keep an item of the story list that is a link', () => {
    const items = [
      '<a href="/report">The full flood report</a>',
      'Roads closed for a week',
      'Schools reopened on Monday',
    ]
      .map((item) => `<li>${item}</li>`)
      .join('');
    const read = readArticle(
      parse(`<body><div class="story">${paras(1, 4)}<ul>${items}</ul>${paras(5, 8)}</div></body>`),
    );
    expect(read.body).toContain('The full flood report');
    expect(read.body).toContain('Roads closed');
  });

  it('keep a heading that is a link when prose follows it, and take out one that heads only links', () => {
    const item = (name: string) =>
      `<h3><a href="/shop/${name}">${name} ($30)</a></h3><div class="player"><video src="/v.mp4"></video></div>
      <p>${name} is the one to try first, with its calm pace, its bright colours and a soundtrack that stays with you.</p>`;
    const read = readArticle(
      parse(`<body><div class="story">${paras(1, 3)}${['Lumen', 'Drift', 'Orbit'].map(item).join('')}
      <h3><a href="/games">More game reviews from our desk</a></h3><p><a href="/g/1">A racing game for the summer holidays</a></p></div></body>`),
    );
    for (const name of ['Lumen', 'Drift', 'Orbit']) expect(read.body).toContain(`${name} ($30)`);
    expect(read.body).toContain('Orbit is the one');
    expect(read.body).not.toContain('More game reviews');
  });
});
