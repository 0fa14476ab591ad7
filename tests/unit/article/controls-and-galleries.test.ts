/**
 * Two shapes that read as text but are not the story's: the controls of a player or a picker (a menu of
 * fonts, sizes and languages, in scraps of a word or two), and a gallery of other stories' pictures, each
 * slide with a headline and a caption, set in a story that stands on its own beside it.
 */
import { describe, expect, it } from 'vitest';
import { readArticle } from '../../../lib/article/read-article';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const paras = (from: number, to: number) =>
  Array.from(
    { length: to - from + 1 },
    (_, i) =>
      `<p>Paragraph ${from + i} follows the mayor, the ferry crews and the harbour board through a long week of talks, with figures.</p>`,
  ).join('');

const options = (names: string[]) => `<ul>${names.map((n) => `<li><span>${n}</span></li>`).join('')}</ul>`;
/** A video player's caption settings, as players build them: every label a block of its own. */
const player = `<div class="player"><div class="controls"><div>Play</div><div>Mute</div><div>Settings</div><div>Full Screen</div></div>
  <div class="captions"><div>Font</div>${options(['Georgia', 'Verdana', 'Times New Roman', 'Comic Sans MS', 'Courier New', 'Tahoma'])}
  <div>Size</div>${options(['Small', 'Medium', 'Large', 'Huge'])}<div>Language</div>${options(['English', 'Español', 'Français'])}
  <div>Background</div>${options(['Opaque', 'Half', 'Clear'])}</div></div>`;

describe('controls inside a story', () => {
  it('leaves out a player’s settings menu, between the headline and the story or inside it', () => {
    for (const html of [
      `<body><main><h1>Harbour deal signed</h1>${player}<div class="story">${paras(1, 6)}</div></main></body>`,
      `<body><main><h1>Harbour deal signed</h1><div class="story">${paras(1, 3)}${player}${paras(4, 6)}</div></main></body>`,
    ]) {
      const read = readArticle(parse(html));
      expect(read.body).toContain('Paragraph 6 follows');
      expect(read.body).not.toContain('Times New Roman');
      expect(read.body).not.toContain('Full Screen');
    }
  });

  it('keeps a table of short figures, however many cells it has', () => {
    const rows = ['Ferry', 'Bus', 'Tram', 'Rail', 'Taxi', 'Bike', 'Walk', 'Car']
      .map((mode, i) => `<tr><td>${mode}</td><td>${i + 2}</td><td>${i * 3}</td><td>+${i}</td></tr>`)
      .join('');
    const doc = parse(
      `<body><main><h1>How the city travels</h1><div class="story">${paras(1, 3)}<div class="chart"><table>${rows}</table></div>${paras(4, 6)}</div></main></body>`,
    );
    const read = readArticle(doc);
    expect(read.body).toContain('Paragraph 6 follows');
    expect(read.body).toContain('Tram');
  });
});

describe('a gallery of other stories inside a story', () => {
  const slide = (n: number) =>
    `<li><h2>${n}/12 Markets in pictures: day ${n}</h2><p>Traders on the floor in Frankfurt, as shares in carmakers fell for a ${n}th session, and oil held steady, day ${n}.</p><p class="credit">Reuters</p></li>`;
  const gallery = `<div class="embed"><h2>Business in pictures</h2><ul>${Array.from({ length: 12 }, (_, i) => slide(i + 1)).join('')}</ul></div>`;

  it('leaves out the slides, each with a headline of its own, when the story stands beside them', () => {
    const doc = parse(
      `<body><article><h1>Hotel towels and the truth</h1><div class="text">${paras(1, 5)}${gallery}${paras(6, 11)}</div></article></body>`,
    );
    const read = readArticle(doc);
    expect(read.body).toContain('Paragraph 1 follows');
    expect(read.body).toContain('Paragraph 11 follows');
    expect(read.body).not.toContain('Traders on the floor');
  });

  it('keeps a list of headed items that is the story itself', () => {
    const item = (n: number) =>
      `<li><h2>${n}. A harbour walk</h2><p>Walk number ${n} starts at the ferry steps, climbs past the old customs house, and ends, after an hour, at the lighthouse.</p></li>`;
    const doc = parse(
      `<body><article><h1>Twelve harbour walks</h1><div class="text"><p>Spring is here, and the harbour is at its best on foot.</p><ol>${Array.from({ length: 12 }, (_, i) => item(i + 1)).join('')}</ol></div></article></body>`,
    );
    const read = readArticle(doc);
    expect(read.body).toContain('Walk number 1 starts');
    expect(read.body).toContain('Walk number 12 starts');
  });
});
