import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectMentions } from '../../../lib/detect/detect-mentions';
import { annotateDocument } from '../../../lib/pipeline/annotate';
import { collectText, locateOffset } from '../../../lib/text/collect-text';
import { expectSaneCandidates, isTerm, reference } from './support';

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code));
const anyCodeUnit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));

const VOCABULARY = [
  ...['Nursultan', 'Nazarbaev', 'Kassym-Jomart', 'Tokayev', 'Astana', 'European', 'Union', 'President', 'Mr', 'Dr.'],
  ...['U.S.', 'EU', 'IPN', 'Jr.', "O'Neill", 'McDonald', 'Vlast.kz', 'Ngātiwai', 'Назарбаев', 'Алматы', 'Қазақстан'],
  ...[
    'clemency',
    'political prisoners',
    'Clemency',
    'the',
    'of',
    'and',
    'de',
    'van',
    'al-',
    'said',
    'in',
    'on',
    'The',
    'In',
    'A',
    '2030',
    '33rd',
    'Ünal',
  ],
  ...[' ', ' ', ' ', '\u00A0', '\u00AD', '\n', '\n\n', '. ', ', ', '; ', ': ', '!', '?', '"', '“', '”', "'", '’'],
  ...['(', ')', '[', ']', '[…', '…]', '{', '}', '-', '–', '—', '/', '&', '#', '@', '\u200B', '\t', '\r\n'],
];
const vocabularyText = fc.array(fc.constantFrom(...VOCABULARY), { maxLength: 60 }).map((words) => words.join(''));

const TEXTS = {
  'full Unicode': fc.string({ unit: 'binary', maxLength: 200 }),
  'code units with lone surrogates': fc.string({ unit: fc.oneof(anyCodeUnit, loneSurrogate), maxLength: 200 }),
  'a vocabulary of names, connectors and punctuation': vocabularyText,
  'vocabulary mixed with stray code units': fc
    .array(fc.oneof(fc.constantFrom(...VOCABULARY), loneSurrogate, anyCodeUnit), { maxLength: 60 })
    .map((parts) => parts.join('')),
};

describe('detectMentions on arbitrary text', () => {
  it.each(Object.entries(TEXTS))('keeps its invariants for %s', (_, texts) => {
    fc.assert(
      fc.property(texts, (text) => {
        const candidates = detectMentions(text);
        expectSaneCandidates(text, candidates);
        expect(detectMentions(text)).toEqual(candidates);
        expectSaneCandidates(text, detectMentions(text, isTerm));
      }),
      { numRuns: 200 },
    );
  });

  it('finds names and terms in many of the vocabulary texts, so the invariants are not checked on nothing', () => {
    const texts = fc.sample(vocabularyText, { numRuns: 200, seed: 42 });
    const found = texts.map((text) => detectMentions(text, isTerm));
    expect(found.filter((c) => c.some((m) => m.cue !== 'TERM')).length).toBeGreaterThan(50);
    expect(found.filter((c) => c.some((m) => m.cue === 'TERM')).length).toBeGreaterThan(5);
  });
});

type Tree = { text: string } | { tag: string; children: Tree[] };

const TAGS = ['p', 'div', 'span', 'b', 'a', 'article', 'nav', 'aside', 'section', 'h2', 'br', 'script', 'style'];
const SKIPPED_MARK = 'Skippedmarker';
const PROSE = 'President Kassym-Jomart Tokayev met Nursultan Nazarbaev in Astana on Tuesday, officials said today.';
const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const { tree } = fc.letrec<{ tree: Tree }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({ text: fc.oneof(vocabularyText, fc.constant(PROSE)) }),
    fc.record({ tag: fc.constantFrom(...TAGS), children: fc.array(tie('tree'), { maxLength: 4 }) }),
  ),
}));

function toHtml(node: Tree): string {
  if ('text' in node) return escapeHtml(node.text);
  if (node.tag === 'br') return '<br>';
  if (node.tag === 'script' || node.tag === 'style') return `<${node.tag}>${SKIPPED_MARK}</${node.tag}>`;
  return `<${node.tag}>${node.children.map(toHtml).join('')}</${node.tag}>`;
}

/** Half the documents carry a story long enough to count as an article, with the random trees inside it. */
const STORY = `<p>${PROSE}</p>`.repeat(7);
const pages = fc.tuple(fc.array(tree, { minLength: 1, maxLength: 5 }), fc.boolean()).map(([trees, story]) => {
  const html = trees.map(toHtml).join('');
  return `<html><body>${story ? `<article>${STORY}${html}</article>` : html}</body></html>`;
});
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

describe('collectText and annotateDocument on arbitrary documents', () => {
  it('maps every segment back to its node and leaves out scripts and styles', () => {
    fc.assert(
      fc.property(pages, (html) => {
        const doc = parse(html);
        const before = doc.documentElement.outerHTML;
        const index = collectText(doc.body);
        expect(index.text).not.toContain(SKIPPED_MARK);
        let previous = -1;
        expect(index.starts).toHaveLength(index.nodes.length);
        for (const [i, node] of index.nodes.entries()) {
          const { data } = node;
          const start = index.starts[i] as number;
          expect(start).toBeGreaterThan(previous);
          expect(index.text.slice(start, start + data.length)).toBe(data);
          expect(locateOffset(index, start)).toEqual({ node, offset: 0 });
          expect(locateOffset(index, start + data.length, true)).toEqual({ node, offset: data.length });
          previous = start;
        }
        const joined = index.nodes.map((node) => node.data).join('');
        expect(index.text.replace(/\n/g, '')).toBe(joined.replace(/\n/g, ''));
        expect(doc.documentElement.outerHTML).toBe(before);
      }),
      { numRuns: 200 },
    );
  });

  it('annotates any document without throwing and names only what its text holds', () => {
    let articles = 0;
    let stories = 0;
    let storiesRead = 0;
    fc.assert(
      fc.property(pages, (html) => {
        const doc = parse(html);
        const before = doc.documentElement.outerHTML;
        const result = annotateDocument(doc, reference);
        if (!result.article.isArticle) expect(result.entities).toEqual([]);
        else articles++;
        // The random trees inside a story may be mostly links, which rightly reads as a list of stories: the
        // story's paragraphs must be read whenever the page is taken for an article, and in most pages it is.
        if (html.startsWith(`<html><body><article>${STORY}`)) {
          stories++;
          if (result.article.isArticle) {
            storiesRead++;
            const tokayev = result.entities.find((e) => e.name === 'Kassym-Jomart Tokayev');
            expect(tokayev?.mentions).toBeGreaterThanOrEqual(7);
          }
        }
        for (const entity of result.entities) {
          expect(entity.mentions).toBeGreaterThan(0);
          for (const form of entity.forms) expect(result.article.text).toContain(form);
        }
        expect(doc.documentElement.outerHTML).toBe(before);
      }),
      { numRuns: 200 },
    );
    expect(articles).toBeGreaterThan(20);
    expect(storiesRead).toBeGreaterThan(stories * 0.8);
  });
});
