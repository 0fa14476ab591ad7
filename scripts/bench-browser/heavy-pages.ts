/**
 * Heavy pages for the browser bench and the heavy-pages e2e test, assembled
 * from the corpus paragraphs: a 10,000-word article, a page of about 100,000
 * nodes (a long article with a results table, inside a site of menus, rails
 * and comments), and a live page that changes 100 nodes a second.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateArticle, paragraphsOf } from '../lib/bench/generate-article';

const CORPUS = 'tests/fixtures/corpus';

export function corpusParagraphs(dir = CORPUS): string[] {
  const files = readdirSync(dir).filter((name) => name.endsWith('.txt'));
  return paragraphsOf(files.map((name) => readFileSync(join(dir, name), 'utf8')));
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const para = (text: string) => `<p>${escapeHtml(text)}</p>`;

function page(title: string, body: string, script = '', metadata = true): string {
  const meta = metadata ? '<meta property="og:type" content="article">' : '';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>${meta}
<style>body{font:18px/1.6 Georgia,serif;max-width:760px;margin:24px auto;padding:0 16px}td{padding:0 6px}</style>
</head><body>${body}${script}</body></html>`;
}

/** Article paragraphs of exactly `words` words in all. */
function articleParagraphs(paragraphs: string[], words: number, seed?: number): string[] {
  return generateArticle(paragraphs, words, seed).split('\n\n');
}

export function longArticle(paragraphs: string[], words = 10_000): string {
  const body = articleParagraphs(paragraphs, words).map(para).join('\n');
  const nav = '<header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>';
  return page('A very long read', `${nav}<main><article><h1>A very long read</h1>\n${body}</article></main>`);
}

/** Every third word of a paragraph a link, as wiki-like and annotated sites mark text up. */
function linkedParagraph(text: string): string {
  const words = text.split(' ').map((w, i) => (i % 3 === 1 ? `<a href="#w${i}">${escapeHtml(w)}</a>` : escapeHtml(w)));
  return `<p>${words.join(' ')}</p>`;
}

/**
 * A page of about `nodes` DOM nodes (elements and text) built as div soup: no
 * article element and no metadata, so root finding weighs every paragraph on
 * the page. The story (3,000 words, a link in every third word, and a results
 * table) holds about half the nodes; menus, comments and a rail the rest.
 */
export function hugePage(paragraphs: string[], nodes = 100_000): string {
  const half = nodes / 2;
  const prose = articleParagraphs(paragraphs, 3000, 7).map(linkedParagraph);
  // A linked word is two nodes, a plain run one: about 3,000 nodes for 3,000 words. A row of four cells is 9.
  const rows = Array.from({ length: Math.round((half - 3000) / 9) }, (_, i) => {
    const cells = [`d-${i + 1}`, `${(i * 37) % 1000}`, `${(i * 53) % 100}%`, `${(i * 71) % 5000}`];
    return `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
  });
  const story = `<div class="story"><h1>Results, district by district</h1><div class="story-body">\n${prose.join('\n')}\n<table>${rows.join('')}</table></div></div>`;
  // Comments hold prose of their own (8 nodes each), which root finding must weigh and turn down.
  const comments = Array.from({ length: Math.round(half / 2 / 8) }, (_, i) => {
    const text = paragraphs[i % paragraphs.length] ?? '';
    return `<div class="comment"><p><b>Reader ${i}</b></p>${para(text.slice(0, 160))}<a href="#r${i}">Reply</a></div>`;
  });
  const links = Array.from({ length: Math.round(half / 2 / 3) }, (_, i) => `<li><a href="/s/${i}">Story ${i}</a></li>`);
  const menu = `<div class="masthead"><nav><ul>${links.slice(0, links.length / 2).join('')}</ul></nav></div>`;
  const rail = `<div class="rail"><ul>${links.slice(links.length / 2).join('')}</ul></div>`;
  const body = `${menu}<div class="page"><div class="main">${story}<div class="comments">${comments.join('')}</div></div>${rail}</div>`;
  return page('Results, district by district', body, '', false);
}

/**
 * An article of about `bytes` of HTML (5 MB by default): every corpus paragraph
 * over and over in one article element, as a very long live blog or a book
 * chapter would be.
 */
export function bigArticle(paragraphs: string[], bytes = 5 * 1024 * 1024): string {
  const out: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const p = para(paragraphs[i % paragraphs.length] ?? '');
    out.push(p);
    size += p.length + 1;
  }
  return page('A very long article', `<article><h1>A very long article</h1>\n${out.join('\n')}</article>`, '');
}

/**
 * A live page: ten times a second its own script adds five paragraphs to the
 * article's feed and drops five old ones, 100 changed nodes a second.
 */
export function livePage(paragraphs: string[]): string {
  const intro = articleParagraphs(paragraphs, 1500, 11).map(para).join('\n');
  const feed = articleParagraphs(paragraphs, 4000, 13).slice(0, 60);
  const script = `<script>
const feed = document.getElementById('feed');
const texts = ${JSON.stringify(feed)};
let next = 0;
setInterval(() => {
  for (let i = 0; i < 5; i++) {
    const p = document.createElement('p');
    p.textContent = texts[next++ % texts.length];
    feed.prepend(p);
    feed.lastElementChild.remove();
  }
}, 100);
</script>`;
  const first = feed.slice(0, 20).map(para).join('');
  const body = `<main><article><h1>Live: the count</h1>\n${intro}<div id="feed">${first}</div></article></main>`;
  return page('Live: the count', body, script);
}

/** A page made to be slow: one name repeated, in plain sentences of an article. */
export function repeatingPage(repeats: number): string {
  const sentence = 'Officials met again in Astana on Tuesday, and the talks went on late into the night.';
  const paragraphs = Array.from({ length: Math.ceil(repeats / 10) }, () => para(Array(10).fill(sentence).join(' ')));
  return page('Talks in Astana', `<main><article><h1>Talks in Astana</h1>\n${paragraphs.join('\n')}</article></main>`);
}
