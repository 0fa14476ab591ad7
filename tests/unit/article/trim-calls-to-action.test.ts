/** Inside the story's container: ad labels, sign-up boxes and runs of links go, the story's own short lines stay. */
import { describe, expect, it } from 'vitest';
import { readArticle } from '../../../lib/article/read-article';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const paras = (from: number, to: number) =>
  Array.from(
    { length: to - from + 1 },
    (_, i) => `<p>Paragraph ${from + i} tells of the streaming service, its launch and its fans, in detail.</p>`,
  ).join('');
const story = (inside: string) =>
  parse(`<body><div class="story">${paras(1, 4)}${inside}${paras(5, 8)}</div><aside>Other things</aside></body>`);

describe('trimming calls to action out of the story', () => {
  it('takes out the label an ad slot leaves, in any of several languages', () => {
    for (const label of ['Advertisement', 'ADVERTISEMENT', 'Advert', 'Anzeige', 'Publicité', 'Реклама']) {
      const read = readArticle(story(`<div class="slot-x"><p>${label}</p></div>`));
      expect(read.body, label).toContain('Paragraph 8');
      expect(read.body, label).not.toContain(label);
    }
  });

  it('keeps a short line of the story that is not an ad label', () => {
    const read = readArticle(story('<p>Advertising revenue fell.</p><h2>Adverts</h2>'));
    expect(read.body).toContain('Advertising revenue fell.');
    expect(read.body).toContain('Adverts');
  });

  it('takes out a newsletter box with a field, inside the story', () => {
    const box =
      '<div class="box-x"><h3>Newsletter</h3><p>Get our daily entertainment newsletter in your inbox.</p><div><input type="email"><button>Sign me up</button></div></div>';
    const read = readArticle(story(box));
    expect(read.body).toContain('Paragraph 8');
    expect(read.body).not.toContain('daily entertainment newsletter');
  });

  it('takes out an ad label that sits beside the script that fills its slot', () => {
    const slot =
      '<div class="slot-x"><span>Advertisement</span><script>window.slots.push({ id: "mid-1" });</script></div>';
    const read = readArticle(story(slot));
    expect(read.body).toContain('Paragraph 8');
    expect(read.body).not.toContain('Advertisement');
  });

  it('takes out a run of headline links however long, and keeps a paragraph that cites one', () => {
    const links =
      '<p><a href="/a">Harbour board approves the long-delayed dredging plan for the eastern channel</a> [VIDEO]<br>' +
      '<a href="/b">Ferry operators warn of timetable cuts as fuel costs climb through the winter</a><br>' +
      '<a href="/c">Dock workers vote on a new shift pattern after months of talks</a></p>';
    const cites = '<p>The union, which <a href="/u">represents most dock workers</a>, said the vote was close.</p>';
    const read = readArticle(story(links + cites));
    expect(read.body).not.toContain('dredging plan');
    expect(read.body).toContain('represents most dock workers');
  });
});
