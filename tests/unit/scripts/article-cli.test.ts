// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';

// Starting tsx takes a second or two, more on a busy machine.
const TIMEOUT_MS = 60_000;

function article(...args: string[]) {
  // Node with tsx's loader hook, as annotate-cli.test.ts starts its CLI: npx would add a process and a second.
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/article.ts', ...args], { encoding: 'utf8' });
  const lines = result.stdout
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line));
  return { code: result.status, lines, stderr: result.stderr };
}

describe('the article CLI', () => {
  it(
    'prints one line per file in order, an error for a file it cannot read, and goes on',
    () => {
      const dir = mkdtempSync(join(tmpdir(), 'backstory-article-'));
      onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
      // Relative and protocol-relative preloads: against about:blank happy-dom threw out of reach and ended the process.
      const page = join(dir, 'story.html');
      writeFileSync(
        page,
        `<html><head><link rel="preload" as="fetch" href="/page-data/story.json"><link rel="preload" as="fetch"
        href="//cdn.example.com/ads/slot.json"><title>Port strike ends</title></head><body><nav><a href="/">Home</a></nav>
        <article><h1>Port strike ends</h1><p>Dockers in Rotterdam went back to work on Friday after a deal on pay, the union said.</p>
        </article></body></html>`,
      );
      const { code, lines } = article(page, join(dir, 'missing.html'), 'tests/fixtures/pages/front-page.html');
      expect(lines).toEqual([
        {
          file: page,
          isArticle: true,
          reason: 'article-element',
          headline: 'Port strike ends',
          body: expect.stringContaining('Dockers in Rotterdam went back to work'),
        },
        { file: join(dir, 'missing.html'), error: `cannot read ${join(dir, 'missing.html')}: no such file` },
        expect.objectContaining({ file: 'tests/fixtures/pages/front-page.html', isArticle: false, body: '' }),
      ]);
      expect(lines[0].body).not.toContain('Port strike ends');
      expect(lines[0].body).not.toContain('Home');
      expect(code).toBe(1);
    },
    TIMEOUT_MS,
  );
});
