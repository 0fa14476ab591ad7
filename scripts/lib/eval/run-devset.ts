/**
 * Scores Backstory's article reading and Readability.js on every page of a
 * development set, with the benchmark's shingle rule, and times both parses.
 */
import { performance } from 'node:perf_hooks';
import { readArticle } from '../../../lib/article/read-article';
import { parseHtml } from '../parse-html';
import { readArticleFile } from '../read-article';
import type { DevPage, DevSet } from './devset';
import { readabilityText } from './readability-baseline';
import { type PageScore, pageRates, scorePage } from './shingles';

export interface ExtractorResult {
  isArticle: boolean;
  score: PageScore;
  f1: number;
  /** Time to read the article in Node (happy-dom), parse excluded; a relative figure only. */
  ms: number;
}

export interface DevPageResult {
  page: string;
  reason: string;
  backstory: ExtractorResult;
  readability: ExtractorResult;
  error?: string;
}

export interface DevSetResult {
  name: string;
  dir: string;
  pages: DevPageResult[];
}

function result(expected: string, text: string | null, ms: number): ExtractorResult {
  const score = scorePage(expected, text ?? '');
  const { precision, recall } = pageRates(score);
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { isArticle: text !== null, score, f1, ms };
}

async function runDevPage(page: DevPage, baseline: boolean): Promise<DevPageResult> {
  const expected = await page.expected();
  const file = readArticleFile(page.source);
  if (file.kind !== 'html') throw new Error(`${page.source} is not HTML`);
  const parsed = parseHtml(file.html);
  let ours: { text: string | null; reason: string; ms: number };
  try {
    const start = performance.now();
    const reading = readArticle(parsed.doc);
    const ms = performance.now() - start;
    ours = { text: reading.isArticle ? reading.body : null, reason: reading.reason, ms };
  } finally {
    await parsed.close();
  }
  const start = performance.now();
  const theirs = baseline ? await readabilityText(file.html) : null;
  const theirMs = performance.now() - start;
  return {
    page: page.name,
    reason: ours.reason,
    backstory: result(expected, ours.text, ours.ms),
    readability: result(expected, theirs, theirMs),
  };
}

export interface DevSetOptions {
  /** Only the pages whose name holds this. */
  only?: string;
  /** Run Readability.js beside Backstory (the default; off for quick runs while tuning). */
  readability?: boolean;
}

export async function runDevSet(set: DevSet, options: DevSetOptions = {}): Promise<DevSetResult> {
  const pages: DevPageResult[] = [];
  for (const page of set.pages) {
    if (options.only && !page.name.includes(options.only)) continue;
    try {
      pages.push(await runDevPage(page, options.readability !== false));
    } catch (error) {
      const failed = result('x', null, 0);
      const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
      pages.push({ page: page.name, reason: 'error', backstory: failed, readability: failed, error: message });
    }
  }
  return { name: set.name, dir: set.dir, pages };
}
