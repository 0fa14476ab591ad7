// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';

// A hang guard: starting Node with tsx takes a second or two, more on a busy machine.
const TIMEOUT_MS = 60_000;

/** The CLI as `npm run -s annotate` runs it, started through Node's own loader hook rather than npx, which adds a second. */
function annotate(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/annotate.ts', ...args], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the annotate CLI', () => {
  it(
    'reports a missing file in one line and exits 1',
    () => {
      const { code, stdout, stderr } = annotate('missing.html');
      expect(stderr).toBe('annotate: cannot read missing.html: no such file\n');
      expect(stdout).toBe('');
      expect(code).toBe(1);
    },
    TIMEOUT_MS,
  );

  it(
    'rejects a binary file that claims to be HTML',
    () => {
      const dir = mkdtempSync(join(tmpdir(), 'backstory-cli-'));
      onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
      const path = join(dir, 'photo.html');
      writeFileSync(path, new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00]));
      const { code, stdout, stderr } = annotate(path);
      expect(stderr).toBe(`annotate: cannot read ${path}: binary content (NUL bytes)\n`);
      expect(stdout).toBe('');
      expect(code).toBe(1);
    },
    TIMEOUT_MS,
  );

  it(
    'exits 2 with a usage line when no file is given',
    () => {
      const { code, stderr } = annotate();
      expect(stderr).toMatch(/^annotate: no file given; usage: annotate <file\.html\|file\.htm\|file\.txt>\n$/);
      expect(code).toBe(2);
    },
    TIMEOUT_MS,
  );

  it(
    'prints the entities of a news page as JSON',
    () => {
      const { code, stdout, stderr } = annotate('tests/fixtures/pages/kazakhstan-activist.html');
      expect(stderr).toBe('');
      expect(code).toBe(0);
      const { entities } = JSON.parse(stdout) as { entities: { name: string; type: string }[] };
      expect(entities).toContainEqual(expect.objectContaining({ name: 'Maks Boqaev', type: 'PERSON' }));
    },
    TIMEOUT_MS,
  );
});
