/** How far a story split into sections is widened: up to its article element, never into linked teasers. */
import { describe, expect, it } from 'vitest';
import { blockShapes } from '../../../lib/article/block-shapes';
import { findArticleRoot } from '../../../lib/article/find-article-root';
import { type PageStats, pageStatsSteps } from '../../../lib/article/page-stats';
import { widenToSections } from '../../../lib/article/widen-to-sections';
import { runSteps } from '../../../lib/steps';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const paragraph = (n: number) =>
  `<p>Paragraph ${n} of the report follows the harbour strike, its pickets, its talks and its cost, at length.</p>`;
const paragraphs = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => paragraph(from + i)).join('');

function widenFrom(doc: Document, selector: string): { stats: PageStats; root: Element } {
  const stats = runSteps(blockShapes(runSteps(pageStatsSteps(doc.body))));
  const block = stats.elements.indexOf(doc.querySelector(selector) as Element);
  return { stats, root: stats.elements[widenToSections(stats, block)] as Element };
}

describe('widening a story to its sections', () => {
  it('stops at the page’s article element, however much prose lies around it', () => {
    const others = [20, 23, 26].map((n) => `<div class="card">${paragraphs(n, n + 2)}</div>`).join('');
    const doc = parse(
      `<body><div class="page"><article><h1>Strike ends</h1><div class="body">${paragraphs(1, 6)}</div></article><div class="cards">${others}</div></div></body>`,
    );
    const { root } = widenFrom(doc, '.body');
    expect(root.closest('article')).not.toBeNull();
  });

  it('climbs to its article element over a header of share links', () => {
    const share = ['Facebook', 'Twitter', 'Email', 'Reddit', 'Pocket', 'Flipboard']
      .map((site) => `<li><a href="/share/${site}">Share this story on ${site}</a></li>`)
      .join('');
    const doc = parse(
      `<body><main><article><header><h1>Strike ends</h1><ul class="tools">${share}</ul><p>The dockers voted to go back to work on Monday, after nine weeks on the picket line.</p></header><div class="body">${paragraphs(1, 3)}</div></article></main></body>`,
    );
    expect(widenFrom(doc, '.body').root.tagName).toBe('ARTICLE');
  });

  it('does not widen into a stream of teasers, each a headline link and a summary', () => {
    const teaser = (n: number) =>
      `<div class="item"><h3><a href="/story/${n}">Council weighs the new ferry timetable for story ${n}</a></h3><p>Residents say the changes, due in spring, will cut late crossings.</p></div>`;
    const doc = parse(
      `<body><div class="main"><div class="story">${paragraphs(1, 10)}</div><div class="stream">${[1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map(teaser).join('')}</div></div></body>`,
    );
    const { stats, root } = widenFrom(doc, '.story');
    expect(root.getAttribute('class')).toBe('story');
    // The teasers alone would not stop the climb: the page around the story is not mostly links.
    const main = stats.elements.indexOf(doc.querySelector('.main') as Element);
    expect((stats.links[main] as number) / (stats.chars[main] as number)).toBeLessThan(0.25);
    expect(findArticleRoot(doc).root?.getAttribute('class')).toBe('story');
  });

  it('does not widen into a stream whose teasers carry long summaries, though few of its words are links', () => {
    const summary =
      'The transport board met on Tuesday, heard from ferry crews, councillors and residents, and said it would publish its answer, with costs, before the spring sailings begin.';
    const teaser = (n: number) =>
      `<li><div class="card"><h3><a href="/story/${n}">Ferry fares rise again, story ${n}</a></h3><p>${summary}</p><span>Harbour Times</span></div></li>`;
    const doc = parse(
      `<body><div class="page"><section><h1>Strike ends</h1><div class="story">${paragraphs(1, 8)}</div></section><ul class="stream">${[1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map(teaser).join('')}</ul></div></body>`,
    );
    const { stats, root } = widenFrom(doc, '.story');
    expect(root.getAttribute('class')).toBe('story');
    // The link share alone would let the climb through: the stream adds prose, and its links are a short headline each.
    const page = stats.elements.indexOf(doc.querySelector('.page') as Element);
    const story = stats.elements.indexOf(doc.querySelector('.story') as Element);
    const addedLinks = (stats.links[page] as number) - (stats.links[story] as number);
    const added = (stats.chars[page] as number) - (stats.chars[story] as number);
    expect(addedLinks / added).toBeLessThan(0.25);
    expect(findArticleRoot(doc).root?.textContent).not.toContain('Ferry fares rise');
  });
});
