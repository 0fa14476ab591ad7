import { describe, expect, it } from 'vitest';
import { detectMentions } from '../../../lib/detect/detect-mentions';
import { detectParts, MESSAGE_CHARS, readPart } from '../../../lib/page/scan-page';
import { noSlicing } from '../../../lib/page/slicer';
import { MAX_DETECT_CHARS } from '../../../lib/protocol/messages';
import type { TextIndex } from '../../../lib/text/collect-text';

const PARAGRAPH = 'Officials in Astana met Kassym-Jomart Tokayev on Tuesday, and the talks went on.\n';
const index = (text: string): TextIndex => ({ text, nodes: [], starts: [] });

/** A background that detects for real and remembers the size of each message it was sent. */
function recording() {
  const sizes: number[] = [];
  return {
    sizes,
    background: {
      detect: async (texts: string[]) => {
        sizes.push(texts.reduce((n, t) => n + t.length, 0));
        return texts.map((t) => detectMentions(t));
      },
      resolve: async () => [],
    },
  };
}

describe('detectParts', () => {
  it('sends an article in one message', async () => {
    const { sizes, background } = recording();
    const [part] = await detectParts([index(PARAGRAPH.repeat(20))], background, noSlicing);
    expect(sizes).toEqual([PARAGRAPH.length * 20]);
    expect(part?.candidates.filter((c) => c.form === 'Astana')).toHaveLength(20);
  });

  it('sends a giant text in messages of bounded size, cut between lines, with offsets into the whole text', async () => {
    const text = PARAGRAPH.repeat(Math.ceil((3 * MESSAGE_CHARS) / PARAGRAPH.length));
    const { sizes, background } = recording();
    const [part] = await detectParts([index(text)], background, noSlicing);
    expect(sizes.length).toBeGreaterThanOrEqual(3);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(MESSAGE_CHARS);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(text.length);
    const found = part?.candidates ?? [];
    expect(found.filter((c) => c.form === 'Astana')).toHaveLength(text.length / PARAGRAPH.length);
    for (const c of found) expect(text.slice(c.start, c.end)).toBe(c.form);
  });

  it('sends no more of one read than the background detects of one request', async () => {
    const text = 'x '.repeat(MAX_DETECT_CHARS);
    const { sizes, background } = recording();
    await detectParts([index(text)], background, noSlicing);
    expect(sizes.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(MAX_DETECT_CHARS);
  });

  it('reads no more of a giant part than one read may send to be detected', () => {
    const article = document.createElement('article');
    const block = 'w'.repeat(99_999);
    for (let i = 0; i < MAX_DETECT_CHARS / 50_000; i++)
      article.append(Object.assign(document.createElement('p'), { textContent: block }));
    document.body.replaceChildren(article);
    const { text, nodes } = readPart(article);
    // Paragraphs of 100,000 characters with their breaks: the walk stops at the first past the limit.
    expect(nodes).toHaveLength(MAX_DETECT_CHARS / 100_000 + 1);
    expect(text.length).toBeGreaterThanOrEqual(MAX_DETECT_CHARS);
    document.body.replaceChildren();
  });
});
