/** Hostile and huge inputs: each completes without an exception and gives a sane result. */
import { describe, expect, it } from 'vitest';
import { findArticleRoot } from '../../../lib/article/find-article-root';
import { detectMentions } from '../../../lib/detect/detect-mentions';
import { annotateDocument, annotateText } from '../../../lib/pipeline/annotate';
import { collectText } from '../../../lib/text/collect-text';
import { expectSaneCandidates, fingerprint, isTerm, reference, seeded } from './support';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

/** Runs the whole pipeline on a page and checks the result and that the page was left as it was. */
function annotateUntouched(doc: Document) {
  const before = doc.documentElement.outerHTML;
  const result = annotateDocument(doc, reference);
  expect(doc.documentElement.outerHTML).toBe(before);
  if (!result.article.isArticle) expect(result.entities).toEqual([]);
  for (const entity of result.entities) {
    expect(entity.mentions).toBeGreaterThan(0);
    for (const form of entity.forms) expect(result.article.text).toContain(form);
  }
  return result;
}

type Sentence = [sentence: string, astana: number, tokayev: number];
const SENTENCES: Sentence[] = [
  ['Officials met in Astana on Tuesday to discuss the budget for the coming year.', 1, 0],
  ['President Kassym-Jomart Tokayev said the plan would help farmers in the north.', 0, 1],
  ['The ministry said prices had risen again, and the report was published late.', 0, 0],
  ['Residents of Almaty complained about the air, the traffic and the cost of rent.', 0, 0],
  ['Later that week, the delegation flew from Astana to meet Tokayev at his office.', 1, 1],
];

describe('empty pages', () => {
  it.each(['', '<html></html>', '<html><body></body></html>', '<p></p>'])('finds no entities in %j', (html) => {
    const result = annotateUntouched(parse(html));
    expect(result.entities).toEqual([]);
    expect(result.article.isArticle).toBe(false);
  });

  it('finds nothing in empty text', () => {
    expect(detectMentions('')).toEqual([]);
    expect(detectMentions('', isTerm)).toEqual([]);
    expect(annotateText('', reference).entities).toEqual([]);
  });
});

// No timer here: how long these take is the bench's to report; the unit tier's hang guard only stops a hang.
describe('huge inputs', () => {
  it('annotates a 5 MB page and counts every mention of a known place and person', () => {
    const next = seeded(7);
    const paragraphs: string[] = [];
    let [astana, tokayev, length] = [0, 0, 0];
    while (length < 5 * 1024 * 1024) {
      const picked = [next(SENTENCES.length), next(SENTENCES.length)].map((i) => SENTENCES[i] as Sentence);
      const paragraph = `<p>${picked.map(([s]) => s).join(' ')}</p>`;
      for (const [, a, t] of picked) [astana, tokayev] = [astana + a, tokayev + t];
      paragraphs.push(paragraph);
      length += paragraph.length;
    }
    const html = `<html><body><nav><a href="/">Home</a></nav><article><h1>Report</h1>${paragraphs.join('\n')}</article></body></html>`;
    const result = annotateUntouched(parse(html));
    expect(result.article.isArticle).toBe(true);
    expect(result.entities.find((e) => e.name === 'Astana')?.mentions).toBe(astana);
    expect(result.entities.find((e) => e.name === 'Kassym-Jomart Tokayev')?.mentions).toBe(tokayev);
  });

  it.each([
    ['lower case', 'a'.repeat(2 ** 20)],
    ['capitalised', `A${'b'.repeat(2 ** 20)}`],
    ['Cyrillic', `Ж${'ж'.repeat(2 ** 20)}`],
    ['hyphenated', 'Ab-'.repeat(2 ** 20 / 3)],
    ['soft-hyphenated', 'Ab\u00AD'.repeat(2 ** 20 / 3)],
  ])('reads a single 1 MB %s word', (_, word) => {
    const text = `Officials in Astana read ${word} aloud.`;
    const candidates = detectMentions(text, isTerm);
    expectSaneCandidates(text, candidates);
    expect(candidates.map((c) => c.form)).toContain('Astana');
  });

  it('annotates a page whose article holds a 1 MB word', () => {
    const paragraph = `<p>${SENTENCES.map(([s]) => s).join(' ')}</p>`;
    const doc = parse(`<body><article>${paragraph}<p>Ab${'c'.repeat(2 ** 20)}</p>${paragraph}</article></body>`);
    expect(annotateUntouched(doc).entities.find((e) => e.name === 'Astana')?.mentions).toBe(4);
  });

  it('reads 100,000 capitalised words in a row', () => {
    const words = ['Alpha', 'Beta', 'Gamma', 'Delta'];
    const text = Array.from({ length: 100_000 }, (_, i) => words[i % words.length]).join(' ');
    const candidates = detectMentions(text, isTerm);
    expect(candidates.length).toBeGreaterThan(0);
    expectSaneCandidates(text, candidates);
    for (const c of candidates) expect(c.form.split(' ').every((w) => words.includes(w))).toBe(true);
    expect(annotateText(`${text}. Officials met in Astana.`, reference).entities.map((e) => e.name)).toContain(
      'Astana',
    );
  });

  it('reads random Unicode with lone surrogates and control characters', () => {
    const next = seeded(11);
    const parts = ['Astana', ' ', 'Tokayev', '\n', '. ', 'Назарбаев', '\u00AD', '\u00A0', '\uD800', '\uDFFF', '\0'];
    for (let round = 0; round < 20; round++) {
      const text = Array.from({ length: 10_000 }, () =>
        next(3) === 0 ? (parts[next(parts.length)] ?? '') : String.fromCharCode(next(0x10000)),
      ).join('');
      expectSaneCandidates(text, detectMentions(text, isTerm));
      expect(Array.isArray(annotateText(text, reference).entities)).toBe(true);
    }
  });
});

describe('deep and broken HTML', () => {
  const story = 'Officials met in Astana on Tuesday, and President Kassym-Jomart Tokayev spoke to them at length.';

  it('collects the text at the bottom of 5,000 nested elements', () => {
    for (const tag of ['div', 'b', 'span']) {
      const doc = parse(`<body>${`<${tag}>`.repeat(5000)}<p>${story}</p>${`</${tag}>`.repeat(5000)}</body>`);
      const before = fingerprint(doc);
      const index = collectText(doc.body);
      expect(index.text).toBe(story);
      expect(index.nodes).toHaveLength(1);
      expect(fingerprint(doc)).toBe(before);
    }
  });

  // findArticleRoot uses querySelectorAll, which happy-dom implements recursively: past roughly 4,000 levels it
  // overflows the stack inside happy-dom itself. Browsers do not (and their HTML parsers cap the depth at 512).
  it('annotates an article at the bottom of 2,000 nested divs', () => {
    const paragraphs = `<p>${story}</p>`.repeat(8);
    const doc = parse(`<body>${'<div>'.repeat(2000)}<article>${paragraphs}</article>${'</div>'.repeat(2000)}</body>`);
    const result = annotateUntouched(doc);
    expect(result.article.isArticle).toBe(true);
    expect(result.entities.find((e) => e.name === 'Astana')?.mentions).toBe(8);
  });

  it('leaves a page unchanged when it finds the root and collects its text', () => {
    const doc = parse(`<body><div class=story><p>${story}<p>${story}<p>${story}</div><aside>Related</aside></body>`);
    const before = doc.documentElement.outerHTML;
    const found = findArticleRoot(doc);
    collectText(found.root ?? doc.body);
    collectText(doc.body, { skip: (el) => el.tagName === 'ASIDE' });
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});
