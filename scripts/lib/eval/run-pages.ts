/**
 * Root detection on real pages: each folder holds the page as served
 * (source.html) and the article text a reference extractor found in it
 * (expected.html). Scores are word-bag coverage and noise of Backstory's root.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as pipeline from '../../../lib/pipeline/annotate';
import type { ReferenceIndex } from '../../../lib/reference/reference-index';
import { collectText } from '../../../lib/text/collect-text';
import { readHtmlPage } from '../read-article';
import { type RootFit, rootFit } from './word-overlap';

export interface PageResult {
  page: string;
  reason: string;
  isArticle: boolean;
  entities: number;
  fit: RootFit;
}

export function pageFolders(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => statSync(join(dir, name)).isDirectory())
    .filter((name) => existsSync(join(dir, name, 'source.html')) && existsSync(join(dir, name, 'expected.html')))
    .sort();
}

async function expectedText(path: string): Promise<string> {
  const page = readHtmlPage(path);
  try {
    return page.doc.body ? collectText(page.doc.body).text : '';
  } finally {
    await page.close();
  }
}

export async function runPage(dir: string, name: string, reference: ReferenceIndex): Promise<PageResult> {
  const expected = await expectedText(join(dir, name, 'expected.html'));
  const page = readHtmlPage(join(dir, name, 'source.html'));
  try {
    const { article, entities } = pipeline.annotateDocument(page.doc, reference);
    return {
      page: name,
      reason: article.reason,
      isArticle: article.isArticle,
      entities: entities.length,
      fit: rootFit(expected, article.text),
    };
  } finally {
    await page.close();
  }
}
