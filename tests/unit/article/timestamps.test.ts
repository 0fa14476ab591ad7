/** Time stamps above and inside the story are left out; lines with more than a time in them stay. */
import { describe, expect, it } from 'vitest';
import { isStampText } from '../../../lib/article/is-timestamp';
import { readArticle } from '../../../lib/article/read-article';

describe('isStampText', () => {
  it('knows the stamps news pages put above a story', () => {
    for (const text of [
      'Published Nov 18, 2019 at 4:07 PM | Updated at 5:36 PM CST on Nov 18, 2019',
      'Updated',
      '1:39 am EST, Wednesday, November 20, 2019',
      'Published 1 day ago',
      'Nov. 19, 2019, 8:41 AM UTC',
      'Updated: 18 Nov 2019 9:38 pm',
    ])
      expect(isStampText(text), text).toBe(true);
  });

  it("leaves lines with a name, a place or a sentence, bare numbers and a live blog's hours", () => {
    for (const text of [
      'By Justine Coleman - 11/18/19 11:04 PM EST',
      'BEIRUT, Nov 18, 2019',
      'On Monday the council met.',
      '2019',
      '3',
      '10 p.m.',
    ])
      expect(isStampText(text), text).toBe(false);
  });
});

describe('reading a story with time stamps', () => {
  const paras = Array.from(
    { length: 8 },
    (_, i) => `<p>Paragraph ${i + 1} tells of the council, the vote and the harbour, with a quote and detail.</p>`,
  ).join('');

  it('leaves out the stamp between the headline and the story, and keeps the byline', () => {
    const doc = new DOMParser().parseFromString(
      `<title>Harbour vote</title><body><article><h1>Harbour vote</h1><p class="byline">By Ana Ruiz</p>
      <div class="meta"><time datetime="2019-11-18">Published Nov 18, 2019 at 4:07 PM</time></div>
      <div class="text">${paras}</div></article></body>`,
      'text/html',
    );
    const read = readArticle(doc);
    expect(read.body).toContain('By Ana Ruiz');
    expect(read.body).toContain('Paragraph 8');
    expect(read.body).not.toContain('Published');
  });

  it('keeps a column of years in a table of the story', () => {
    const doc = new DOMParser().parseFromString(
      `<body><article><div class="text">${paras}<table><tr><td>1947</td><td>Repeat Performance</td></tr><tr><td>1993</td><td>Groundhog Day</td></tr></table></div></article></body>`,
      'text/html',
    );
    expect(readArticle(doc).body).toContain('1947');
  });

  it('leaves out a stamp written inline after the byline, and keeps a time inside a sentence', () => {
    const doc = new DOMParser().parseFromString(
      `<title>Harbour vote</title><body><article><div class="title"><h1>Harbour vote</h1><p class="byline">By Ana Ruiz</p>
      <span class="when">Updated <time datetime="2019-11-20">1:39 am EST, Wednesday, November 20, 2019</time></span></div>
      <div class="text"><p>On <time datetime="2019-11-18">Monday</time> the council met to vote on the harbour plan, at length.</p>${paras}</div></article></body>`,
      'text/html',
    );
    const read = readArticle(doc);
    expect(read.body).toContain('By Ana Ruiz');
    expect(read.body).not.toContain('1:39 am');
    expect(read.body).toContain('On Monday the council met');
  });
});
