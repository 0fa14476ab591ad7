import { readFileSync } from 'node:fs';
import { render } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { PrivacyPage } from '../../../components/privacy/PrivacyPage';
import { parseInline, parseMarkdown } from '../../../lib/docs/markdown-blocks';
import english from '../../../public/_locales/en/messages.json';

const POLICY = readFileSync('PRIVACY.md', 'utf8');
/** Markdown's marks taken off, and white space made single, to compare what a reader sees. */
const plain = (text: string) =>
  text
    .replace(/^#+ /gm, '')
    .replace(/^- /gm, '')
    .replace(/^\|?\s*-+\s*\|.*$/gm, '')
    .replace(/\*\*|`|\*|\|/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

describe('the privacy page', () => {
  it('reads inline marks into their kinds, and leaves other text alone', () => {
    expect(parseInline('Online lookups are **off**, see `storage.local` or *Permissions and data*.')).toEqual([
      { kind: 'text', text: 'Online lookups are ' },
      { kind: 'strong', text: 'off' },
      { kind: 'text', text: ', see ' },
      { kind: 'code', text: 'storage.local' },
      { kind: 'text', text: ' or ' },
      { kind: 'em', text: 'Permissions and data' },
      { kind: 'text', text: '.' },
    ]);
    expect(parseInline('1 * 2 and <b>not html</b>')).toEqual([{ kind: 'text', text: '1 * 2 and <b>not html</b>' }]);
  });

  it('reads PRIVACY.md into headings, paragraphs, lists and its table', () => {
    const blocks = parseMarkdown(POLICY);
    expect(blocks[0]).toEqual({
      kind: 'heading',
      level: 1,
      content: [{ kind: 'text', text: 'Backstory privacy policy' }],
    });
    expect(blocks.filter((b) => b.kind === 'heading').length).toBeGreaterThanOrEqual(5);
    const table = blocks.find((b) => b.kind === 'table');
    expect(table?.kind === 'table' && table.rows.length).toBe(4);
    expect(blocks.some((b) => b.kind === 'list')).toBe(true);
  });

  it('shows every word of PRIVACY.md, as text and elements only', () => {
    const { container } = render(<PrivacyPage blocks={parseMarkdown(POLICY)} />);
    expect(plain(container.textContent ?? '').replace(/\s+/g, '')).toBe(plain(POLICY).replace(/\s+/g, ''));
    expect(container.querySelector('script, iframe, img')).toBeNull();
    expect(container.querySelectorAll('table th').length).toBe(2);
  });

  it('quotes the online switch’s own words, which the README quotes too', () => {
    const consent = english.onlineConsent.message;
    expect(POLICY.replace(/\s+/g, ' ')).toContain(consent);
    expect(readFileSync('README.md', 'utf8').replace(/\s+/g, ' ')).toContain(consent);
  });
});
