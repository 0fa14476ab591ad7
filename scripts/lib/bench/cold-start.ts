/** Cold start of the knowledge pack, measured in fresh processes so that nothing is warm. */
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

export interface ColdStart {
  loadMs: number;
  firstAnswerMs: number;
  heapMb: number;
}

export function coldStarts(articleFile: string, runs: number): ColdStart[] {
  const out: ColdStart[] = [];
  for (let i = 0; i < runs; i++) {
    const stdout = execFileSync(
      process.execPath,
      ['--expose-gc', '--import', 'tsx', 'scripts/lib/bench/cold-start-child.ts', articleFile],
      { encoding: 'utf8' },
    );
    out.push(JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as ColdStart);
  }
  return out;
}

export function packSizes(files: string[]): { file: string; bytes: number; gzipBytes: number }[] {
  return files.map((file) => ({ file, bytes: statSync(file).size, gzipBytes: gzipSync(readFileSync(file)).length }));
}
