import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const FIXTURES = resolve(process.cwd(), 'tests/fixtures');

export function readFixture(relative: string): string {
  return readFileSync(resolve(FIXTURES, relative), 'utf8');
}

/** Parses a fixture page with the test environment's DOMParser (happy-dom). */
export function parseFixturePage(relative: string): Document {
  return new DOMParser().parseFromString(readFixture(relative), 'text/html');
}
