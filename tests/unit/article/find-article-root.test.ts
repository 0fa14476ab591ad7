import { describe, expect, it } from 'vitest';
import { findArticleRoot } from '../../../lib/article/find-article-root';
import { readArticle } from '../../../lib/article/read-article';
import { parseFixturePage } from '../../helpers/fixtures';

const paragraph = (n: number) =>
  `<p>Paragraph ${n} of the report describes the events in the city at some length, with quotes and detail for readers.</p>`;

describe('findArticleRoot', () => {
  it('takes the article element of a story page', () => {
    const doc = parseFixturePage('pages/kazakhstan-activist.html');
    const found = findArticleRoot(doc);
    expect(found.isArticle).toBe(true);
    expect(found.root?.tagName).toBe('ARTICLE');
  });

  it('calls a front page of teasers no article', () => {
    expect(findArticleRoot(parseFixturePage('pages/front-page.html')).isArticle).toBe(false);
  });

  it('finds the densest block when the page has no article element', () => {
    const html = `<body><nav><p>${'Menu '.repeat(30)}</p></nav><div class="story-body">${[1, 2, 3, 4, 5, 6, 7, 8]
      .map(paragraph)
      .join('')}</div><div class="footer-links"><p>Short</p></div></body>`;
    const found = findArticleRoot(new DOMParser().parseFromString(html, 'text/html'));
    expect(found).toMatchObject({ isArticle: true, reason: 'density' });
    expect(found.root?.getAttribute('class')).toBe('story-body');
  });

  it('reads a story split into sections between figures as one root', () => {
    // Each section sits deep enough that no single block holds the whole story's paragraphs.
    const section = (from: number) =>
      `<section><div class="wrap"><div class="content">${[from, from + 1, from + 2, from + 3, from + 4].map(paragraph).join('')}</div></div></section>`;
    const html = `<body><nav><p>${'Menu '.repeat(30)}</p></nav><div class="post">${section(1)}<figure>A photo</figure>${section(
      6,
    )}<blockquote>A pull quote</blockquote>${section(11)}</div></body>`;
    const found = findArticleRoot(new DOMParser().parseFromString(html, 'text/html'));
    expect(found.root?.getAttribute('class')).toBe('post');
  });

  it('does not widen a story into a stream of other stories around it', () => {
    const story = `<div class="story">${[1, 2, 3, 4, 5, 6, 7, 8].map(paragraph).join('')}</div>`;
    const other = (n: number) =>
      `<div class="card"><h3>Another story ${n}</h3><p>${paragraph(n)}</p><ul>${'<li>Share this story on social media</li>'.repeat(40)}</ul></div>`;
    const html = `<body><div class="stream">${story}${[20, 21, 22, 23, 24].map(other).join('')}</div></body>`;
    const found = findArticleRoot(new DOMParser().parseFromString(html, 'text/html'));
    expect(found.root?.getAttribute('class')).toBe('story');
  });

  it('prefers schema.org articleBody', () => {
    const html = `<body><article><h1>T</h1><div itemprop="articleBody">${[1, 2, 3, 4, 5, 6, 7].map(paragraph).join('')}</div></article></body>`;
    const found = findArticleRoot(new DOMParser().parseFromString(html, 'text/html'));
    expect(found.reason).toBe('schema');
    expect(found.root?.tagName).toBe('ARTICLE');
  });

  it('gives an empty page no root', () => {
    expect(findArticleRoot(new DOMParser().parseFromString('', 'text/html'))).toMatchObject({
      isArticle: false,
      root: null,
    });
  });

  it('takes a short story for a story, and a page of a few labels for none', () => {
    const html = `<head><meta property="og:type" content="article"></head><body><main>${paragraph(1)}</main></body>`;
    expect(findArticleRoot(new DOMParser().parseFromString(html, 'text/html')).isArticle).toBe(true);
    const bare = `<body><main>${[1, 2, 3].map(paragraph).join('')}</main></body>`;
    expect(findArticleRoot(new DOMParser().parseFromString(bare, 'text/html')).isArticle).toBe(true);
    const labels =
      '<body><main><p><a href="/login">Sign in</a></p><p>Subscribe to our newsletter today</p></main></body>';
    expect(findArticleRoot(new DOMParser().parseFromString(labels, 'text/html')).isArticle).toBe(false);
  });

  it('reads a page without a single link, however short, as its story', () => {
    const note = '<body><div><div>The ferry to the island runs again from Monday.</div></div></body>';
    const found = findArticleRoot(new DOMParser().parseFromString(note, 'text/html'));
    expect(found.isArticle).toBe(true);
    expect(readArticle(new DOMParser().parseFromString(note, 'text/html')).body).toContain('ferry to the island');
    // Too short for any block to vote: the body itself is the story.
    const bare = '<body>Closed today</body>';
    expect(readArticle(new DOMParser().parseFromString(bare, 'text/html'))).toMatchObject({
      isArticle: true,
      body: 'Closed today',
    });
    // The same note beside one link is weighed as before: too short to be a story.
    const linked = note.replace('</div></div>', '</div><a href="/more">More</a></div>');
    expect(findArticleRoot(new DOMParser().parseFromString(linked, 'text/html')).isArticle).toBe(false);
  });
});

describe('page chrome by class name', () => {
  const page = (wrapperClass: string) =>
    `<body><div class="${wrapperClass}"><div class="body">${[1, 2, 3, 4, 5, 6, 7, 8]
      .map(
        (n) =>
          `<p>Paragraph ${n} of the report describes the events in the city at length, with quotes for readers.</p>`,
      )
      .join('')}</div></div></body>`;

  it('does not take a layout class that mentions a sidebar for the sidebar itself', () => {
    const found = findArticleRoot(
      new DOMParser().parseFromString(page('panel-two-col-sidebar-right-mix'), 'text/html'),
    );
    expect(found.isArticle).toBe(true);
  });

  it('leaves out a block beside the story whose class names it as a sidebar or comments', () => {
    for (const chrome of ['sidebar', 'sidebar-right', 'comments', 'related-links']) {
      const html = page('layout').replace(
        '</div></div></body>',
        `</div><div class="${chrome}"><p>Readers also said many things here, at length, about other matters entirely.</p></div></div></body>`,
      );
      const { body } = readArticle(new DOMParser().parseFromString(html, 'text/html'));
      expect(body, chrome).toContain('Paragraph 8');
      expect(body, chrome).not.toContain('Readers also said');
    }
  });

  it('reads a story whose only wrapper has a furniture word in its class', () => {
    const { isArticle, body } = readArticle(new DOMParser().parseFromString(page('content paywall'), 'text/html'));
    expect(isArticle).toBe(true);
    expect(body).toContain('Paragraph 1');
  });
});
