/**
 * The small part of Markdown that PRIVACY.md is written in, read into plain
 * blocks for the extension's privacy page to render as elements (never as
 * HTML): headings, paragraphs, bullet lists, tables, and inline bold,
 * emphasis and code. Anything else reads as plain text.
 */

export type Inline = { kind: 'text' | 'strong' | 'em' | 'code'; text: string };

export type Block =
  | { kind: 'heading'; level: 1 | 2; content: Inline[] }
  | { kind: 'paragraph'; content: Inline[] }
  | { kind: 'list'; items: Inline[][] }
  | { kind: 'table'; head: Inline[][]; rows: Inline[][][] };

const INLINE = /(\*\*[^*]+\*\*|`[^`]+`|\*[^*\s][^*]*\*)/;

export function parseInline(text: string): Inline[] {
  return text
    .split(INLINE)
    .filter((part) => part !== '')
    .map((part): Inline => {
      if (part.startsWith('**') && part.endsWith('**') && part.length > 4)
        return { kind: 'strong', text: part.slice(2, -2) };
      if (part.startsWith('`') && part.endsWith('`') && part.length > 2)
        return { kind: 'code', text: part.slice(1, -1) };
      if (part.startsWith('*') && part.endsWith('*') && part.length > 2) return { kind: 'em', text: part.slice(1, -1) };
      return { kind: 'text', text: part };
    });
}

const cells = (line: string) =>
  line
    .trim()
    .replace(/^\||\|$/g, '')
    .split('|')
    .map((cell) => parseInline(cell.trim()));

const isRule = (line: string) => /^\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?$/.test(line.trim());

export function parseMarkdown(source: string): Block[] {
  const blocks: Block[] = [];
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  let i = 0;
  const more = () => i < lines.length && (lines[i] ?? '').trim() !== '';
  while (i < lines.length) {
    const line = lines[i] ?? '';
    const heading = /^(#{1,2})\s+(.*)$/.exec(line);
    if (line.trim() === '') i++;
    else if (heading) {
      blocks.push({ kind: 'heading', level: heading[1] === '#' ? 1 : 2, content: parseInline(heading[2] ?? '') });
      i++;
    } else if (line.startsWith('|')) {
      const head = cells(line);
      const rows: Inline[][][] = [];
      for (i++; more() && (lines[i] ?? '').startsWith('|'); i++) {
        if (!isRule(lines[i] ?? '')) rows.push(cells(lines[i] ?? ''));
      }
      blocks.push({ kind: 'table', head, rows });
    } else if (/^- /.test(line)) {
      const items: string[] = [];
      for (; more(); i++) {
        const next = lines[i] ?? '';
        if (next.startsWith('- ')) items.push(next.slice(2).trim());
        else items[items.length - 1] += ` ${next.trim()}`;
      }
      blocks.push({ kind: 'list', items: items.map(parseInline) });
    } else {
      const text: string[] = [];
      for (; more() && !/^(#|- |\|)/.test(lines[i] ?? ''); i++) text.push((lines[i] ?? '').trim());
      blocks.push({ kind: 'paragraph', content: parseInline(text.join(' ')) });
    }
  }
  return blocks;
}
