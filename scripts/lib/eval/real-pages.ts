/**
 * Entity scores on real pages of the devset, labelled in
 * tests/fixtures/real-pages/labels.json (labels only: the pages stay in the
 * devset). Each page is read twice: as served (source.html, the article root
 * Backstory finds, as in the browser) and as clean text (expected.html, the
 * body Readability extracted). The labels cover names; a glossary term found
 * in running text (a TERM with a lower-case form) is left out of the scores,
 * since the labels do not list lower-case terms.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pipeline from '../../../lib/pipeline/annotate';
import type { ReferenceIndex } from '../../../lib/reference/reference-index';
import { collectText } from '../../../lib/text/collect-text';
import { readHtmlPage } from '../read-article';
import { parseGold } from './load-corpus';
import type { EvalEntity } from './match-entities';
import { type DocumentScore, type GoldDocument, scoreDocument } from './score-document';

export const REAL_LABELS = 'tests/fixtures/real-pages/labels.json';
/** Where the devset lies beside a clone, and beside a worktree one folder further down. */
export const REAL_PAGE_DIRS = ['../shared/devset/readability', '../../shared/devset/readability'];

export interface RealPageResult {
  page: string;
  served: DocumentScore;
  clean: DocumentScore;
  /** Entities highlighted on the served page, and how many of them are untyped (NAME). */
  highlighted: { all: number; names: number };
  /** For error listings: what was predicted on the clean text, where root finding plays no part. */
  predicted: EvalEntity[];
  gold: GoldDocument;
}

export function loadRealLabels(path = REAL_LABELS): Map<string, GoldDocument> {
  const data = JSON.parse(readFileSync(path, 'utf8')) as { pages?: Record<string, unknown> };
  if (!data.pages || typeof data.pages !== 'object') throw new Error(`${path}: expected {"pages": {...}}`);
  return new Map(
    Object.entries(data.pages).map(([page, gold]) => [page, parseGold(JSON.stringify(gold), `${path} (${page})`)]),
  );
}

export function findRealPagesDir(candidates: readonly string[] = REAL_PAGE_DIRS): string | null {
  return candidates.find((dir) => existsSync(dir)) ?? null;
}

/** A glossary term found in lower case: the labels of real pages do not cover these. */
export const isRunningTerm = (e: EvalEntity): boolean => e.type === 'TERM' && e.forms.some((f) => !/\p{Lu}/u.test(f));

const asEval = (entities: readonly pipeline.AnnotatedEntity[]): EvalEntity[] =>
  entities.map(({ name, type, forms }) => ({ name, type, forms })).filter((e) => !isRunningTerm(e));

export async function runRealPage(
  dir: string,
  page: string,
  gold: GoldDocument,
  reference: ReferenceIndex,
): Promise<RealPageResult> {
  const source = readHtmlPage(join(dir, page, 'source.html'));
  const expected = readHtmlPage(join(dir, page, 'expected.html'));
  try {
    const served = pipeline.annotateDocument(source.doc, reference).entities;
    const cleanText = expected.doc.body ? collectText(expected.doc.body).text : '';
    const clean = pipeline.annotateText(cleanText, reference).entities;
    const predicted = asEval(clean);
    return {
      page,
      served: scoreDocument(asEval(served), gold),
      clean: scoreDocument(predicted, gold),
      highlighted: { all: served.length, names: served.filter((e) => e.type === 'NAME').length },
      predicted,
      gold,
    };
  } finally {
    await source.close();
    await expected.close();
  }
}
