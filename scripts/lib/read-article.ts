/**
 * Reads an article file for the annotate CLI, the eval and the bench: checks
 * that it is an HTML or text file, sniffs its bytes, and parses HTML pages.
 * Every failure is a ReadError whose message is one line a person can act on.
 */
import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { sniffText } from './sniff-text';

export type ArticleKind = 'html' | 'text';

export type ArticleFile = { kind: 'text'; path: string; text: string } | { kind: 'html'; path: string; html: string };

export class ReadError extends Error {
  override name = 'ReadError';
}

const KINDS: Readonly<Record<string, ArticleKind>> = { '.html': 'html', '.htm': 'html', '.txt': 'text' };

export function articleKind(path: string): ArticleKind | null {
  return KINDS[extname(path).toLowerCase()] ?? null;
}

/** Short reasons for the errors a reader can cause, instead of Node's codes. */
const ERRNO_REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file',
  ENOTDIR: 'no such file',
  EISDIR: 'is a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ELOOP: 'too many symbolic links',
  ENAMETOOLONG: 'name too long',
};

function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code) return ERRNO_REASONS[code] ?? code;
  return error instanceof Error ? error.message.split('\n')[0] || 'unknown error' : 'unknown error';
}

export function readArticleFile(path: string): ArticleFile {
  const fail = (reason: string) => new ReadError(`cannot read ${path}: ${reason}`);
  let bytes: Uint8Array;
  try {
    if (statSync(path).isDirectory()) throw fail('is a directory');
    bytes = readFileSync(path);
  } catch (error) {
    throw error instanceof ReadError ? error : fail(reasonOf(error));
  }
  const kind = articleKind(path);
  if (!kind) throw fail('not an HTML or text file (expected .html, .htm or .txt)');
  const sniffed = sniffText(bytes);
  if (!sniffed.ok) throw fail(sniffed.reason);
  return kind === 'html' ? { kind, path, html: sniffed.text } : { kind, path, text: sniffed.text };
}
