/** Broken markup, as real pages have it: the pipeline reads what it can and never changes the page. */
import { describe, expect, it } from 'vitest';
import { findArticleRoot } from '../../../lib/article/find-article-root';
import { annotateDocument } from '../../../lib/pipeline/annotate';
import { collectText } from '../../../lib/text/collect-text';
import { parseFixturePage } from '../../helpers/fixtures';
import { fingerprint, reference } from './support';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

const SENTENCE = 'Officials met in Astana on Tuesday, and President Kassym-Jomart Tokayev spoke to them at length.';
/** Eight paragraphs with no closing tags: the parser closes each at the next. */
const STORY = `<p>${SENTENCE}`.repeat(8);

const MALFORMED: [what: string, html: string, isArticle: boolean][] = [
  ['unclosed paragraphs in an unclosed article', `<article>${STORY}`, true],
  ['stray closing tags', `</p></div></span></article><article>${STORY}</p></p></div></article></body></html>`, true],
  ['unquoted attributes', `<div class=story-body id=main data-x=1>${STORY}</div>`, true],
  ['a tag broken by another tag', `<article><p <b>broken</b> ${STORY}</article>`, true],
  ['misnested formatting elements', `<article><b><i>${STORY}</b></i></article>`, true],
  ['paragraphs inside a table', `<table><tr><td>cell<p>${SENTENCE}</table><article>${STORY}</article>`, true],
  ['nested anchors', `<article><a href=x><a href=y>${STORY}</a></a></article>`, true],
  ['duplicate html and body tags', `<html><html><body><body><article>${STORY}</article></body></body></html>`, true],
  ['an unterminated comment', `<article>${STORY}</article><!-- <p>${SENTENCE}`, true],
  ['an unterminated script', `<article>${STORY}</article><script>var s = "<p>Hidden Name</p>"`, true],
  ['an unterminated script before the story', `<script>var s = "<p>Hidden Name</p>"<article>${STORY}`, false],
  [
    'bad character references',
    `<article><p>&amp &lt;&#xD800;&#0;&#x110000; &bogus; ${SENTENCE}${STORY}</article>`,
    true,
  ],
  ['svg and math islands', `<article><svg><p>${SENTENCE}</svg><math><p>${SENTENCE}</math>${STORY}</article>`, true],
  ['a template and hidden text', `<article><template>${STORY}</template><div hidden>${STORY}</div>${STORY}`, true],
  ['null and control characters', `<article>${STORY.replace(/ /g, '\u0000 \u0007')}</article>`, true],
  ['a lone surrogate in the text', `<article>${STORY.replace(/Astana/g, 'Astana\uD800')}</article>`, true],
  ['only markup and no text', '<div><span><b></b></span></div><p></p><br><hr>', false],
  // happy-dom keeps the last sentence as the page's only text (a browser keeps none): a page without links
  // reads whatever text it has.
  ['an attribute that never ends', `<article class="story${STORY}`, true],
];

describe('malformed HTML', () => {
  it.each(MALFORMED)('annotates a page with %s', (_, html, isArticle) => {
    const doc = parse(html);
    const before = fingerprint(doc);
    const result = annotateDocument(doc, reference);
    expect(fingerprint(doc)).toBe(before);
    expect(result.article.isArticle).toBe(isArticle);
    if (!isArticle) expect(result.entities).toEqual([]);
    else expect(result.entities.map((e) => e.name)).toEqual(expect.arrayContaining(['Astana']));
    for (const entity of result.entities) {
      expect(entity.mentions).toBeGreaterThan(0);
      for (const form of entity.forms) expect(result.article.text).toContain(form);
    }
    expect(result.article.text).not.toContain('Hidden Name');
  });
});

describe('leaving the page as it was', () => {
  it('changes nothing in a real article page while finding its root, reading it and annotating it', () => {
    const doc = parseFixturePage('pages/kazakhstan-activist.html');
    const before = doc.documentElement.outerHTML;
    const found = findArticleRoot(doc);
    expect(found.root).not.toBeNull();
    expect(collectText(found.root ?? doc.body).text.length).toBeGreaterThan(600);
    expect(annotateDocument(doc, reference).entities.length).toBeGreaterThan(0);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('changes nothing in a front page of teasers', () => {
    const doc = parseFixturePage('pages/front-page.html');
    const before = doc.documentElement.outerHTML;
    findArticleRoot(doc);
    collectText(doc.body);
    annotateDocument(doc, reference);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});
