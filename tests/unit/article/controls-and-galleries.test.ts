/**
 * Shapes that read as text but are not the story's: the controls of a player or a picker (a menu of
 * fonts, sizes and languages, in scraps of a word or two).
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
