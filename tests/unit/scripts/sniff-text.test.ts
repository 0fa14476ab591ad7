// @vitest-environment node
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { articleKind, ReadError, readArticleFile } from '../../../scripts/lib/read-article';
import { sniffText } from '../../../scripts/lib/sniff-text';

const bytes = (...values: number[]) => new Uint8Array(values);
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('sniffText', () => {
  it('accepts UTF-8 text in any script', () => {
    expect(sniffText(utf8('Tokayev / Тоқаев / Māori'))).toEqual({ ok: true, text: 'Tokayev / Тоқаев / Māori' });
  });

  it('drops a byte order mark', () => {
    expect(sniffText(utf8('\uFEFF<p>Hi</p>'))).toEqual({ ok: true, text: '<p>Hi</p>' });
  });

  it('rejects content with NUL bytes, such as UTF-16 text', () => {
    expect(sniffText(bytes(0x48, 0x00, 0x69, 0x00))).toMatchObject({ ok: false, reason: expect.stringMatching(/NUL/) });
  });

  it('rejects bytes that are not valid UTF-8', () => {
    expect(sniffText(bytes(0x89, 0x50, 0x4e, 0x47))).toMatchObject({ ok: false, reason: 'not valid UTF-8' });
    expect(sniffText(bytes(0x63, 0x61, 0x66, 0xe9))).toMatchObject({ ok: false }); // Latin-1 "café"
  });
});

describe('articleKind', () => {
  it('knows HTML and text by extension, in any case', () => {
    expect(articleKind('a/page.HTML')).toBe('html');
    expect(articleKind('page.htm')).toBe('html');
    expect(articleKind('story.txt')).toBe('text');
    expect(articleKind('data.json')).toBeNull();
    expect(articleKind('README')).toBeNull();
  });
});

describe('readArticleFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'backstory-read-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const expectError = (path: string, message: string) => {
    expect(() => readArticleFile(path)).toThrow(ReadError);
    expect(() => readArticleFile(path)).toThrow(`cannot read ${path}: ${message}`);
  };

  it('reads a text file and an HTML page', () => {
    writeFileSync(join(dir, 'a.txt'), 'Maks Boqaev spoke.');
    writeFileSync(join(dir, 'b.html'), '<p>Hi</p>');
    expect(readArticleFile(join(dir, 'a.txt'))).toMatchObject({ kind: 'text', text: 'Maks Boqaev spoke.' });
    expect(readArticleFile(join(dir, 'b.html'))).toMatchObject({ kind: 'html', html: '<p>Hi</p>' });
  });

  it('says why it cannot read a file', () => {
    mkdirSync(join(dir, 'folder.html'));
    writeFileSync(join(dir, 'image.html'), bytes(0x89, 0x50, 0x4e, 0x47, 0x00, 0x1a));
    writeFileSync(join(dir, 'notes.md'), '# Notes');
    expectError(join(dir, 'missing.txt'), 'no such file');
    expectError(join(dir, 'folder.html'), 'is a directory');
    expectError(join(dir, 'image.html'), 'binary content (NUL bytes)');
    expectError(join(dir, 'notes.md'), 'not an HTML or text file (expected .html, .htm or .txt)');
  });
});
