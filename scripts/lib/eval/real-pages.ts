/**
 * Entity scores on real pages of the devset, labelled in
 * tests/fixtures/real-pages/ (labels only: the pages stay in the devset).
 * Each page is read twice: as served (the page's HTML, the article root
 * Backstory finds, as in the browser) and as clean text (the article body a
 * person or Readability extracted). The labels cover names; a glossary term
 * found in running text (a TERM with a lower-case form) is left out of the
 * scores, since the labels do not list lower-case terms.
 *
 * Pages come in three sets, so that tuning can be told from generalisation:
 * "tuned" (readability pages whose errors may be read while working),
 * "held out" (readability pages listed in labels.json's heldOut) and "fresh"
 * (article-benchmark pages labelled before any tuning, never tuned on).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pipeline from '../../../lib/pipeline/annotate';
import type { ReferenceIndex } from '../../../lib/reference/reference-index';
import { collectText } from '../../../lib/text/collect-text';
import { readHtmlPage } from '../parse-html';
import { parseGold } from './load-corpus';
import type { EvalEntity } from './match-entities';
import { type DocumentScore, type GoldDocument, scoreDocument } from './score-document';

export const REAL_LABELS = 'tests/fixtures/real-pages/labels.json';
export const FRESH_LABELS = 'tests/fixtures/real-pages/held-out.json';
/** Where the devset lies beside a clone, and beside a worktree one folder further down. */
export const DEVSET_DIRS = ['../shared/devset', '../../shared/devset'];

export type PageSet = 'tuned' | 'held out' | 'fresh';
export const PAGE_SETS: readonly PageSet[] = ['tuned', 'held out', 'fresh'];

export interface LabelledPage {
  page: string;
  set: PageSet;
  gold: GoldDocument;
  /** The page as served. */
  html: string;
  /** The clean article text: an HTML file to read, or the text itself. */
  clean: { html: string } | { text: string };
}

export interface RealPageResult {
  page: string;
  set: PageSet;
  served: DocumentScore;
  clean: DocumentScore;
  /** Entities highlighted (running terms too) on the served page and on the clean text, and how many are NAME. */
  highlighted: { all: number; names: number };
  cleanHighlighted: { all: number; names: number };
  /** For error listings: what was predicted on the clean text, where root finding plays no part. */
  predicted: EvalEntity[];
  gold: GoldDocument;
}

interface LabelsFile {
  pages: Map<string, GoldDocument>;
  heldOut: Set<string>;
}

export function loadLabels(path: string): LabelsFile {
  const data = JSON.parse(readFileSync(path, 'utf8')) as { pages?: Record<string, unknown>; heldOut?: unknown };
  if (!data.pages || typeof data.pages !== 'object') throw new Error(`${path}: expected {"pages": {...}}`);
  const heldOut = Array.isArray(data.heldOut) ? data.heldOut.filter((p) => typeof p === 'string') : [];
  for (const page of heldOut) if (!(page in data.pages)) throw new Error(`${path}: heldOut names ${page}, not a page`);
  return {
    pages: new Map(
      Object.entries(data.pages).map(([page, gold]) => [page, parseGold(JSON.stringify(gold), `${path} (${page})`)]),
    ),
    heldOut: new Set(heldOut),
  };
}

export function findDevset(candidates: readonly string[] = DEVSET_DIRS): string | null {
  return candidates.find((dir) => existsSync(join(dir, 'readability'))) ?? null;
}

/** Every labelled page with where to read it; the article-benchmark pages only if that folder is there. */
export function labelledPages(devset: string): LabelledPage[] {
  const out: LabelledPage[] = [];
  const readability = loadLabels(REAL_LABELS);
  for (const [page, gold] of readability.pages) {
    const dir = join(devset, 'readability', page);
    out.push({
      page,
      set: readability.heldOut.has(page) ? 'held out' : 'tuned',
      gold,
      html: join(dir, 'source.html'),
      clean: { html: join(dir, 'expected.html') },
    });
  }
  const bench = join(devset, 'article-benchmark');
  if (!existsSync(join(bench, 'ground-truth.json'))) return out;
  const truth = JSON.parse(readFileSync(join(bench, 'ground-truth.json'), 'utf8')) as Record<
    string,
    { articleBody?: string }
  >;
  for (const [page, gold] of loadLabels(FRESH_LABELS).pages) {
    const body = truth[page]?.articleBody;
    if (typeof body !== 'string') throw new Error(`${FRESH_LABELS}: no article body for ${page}`);
    out.push({ page, set: 'fresh', gold, html: join(bench, 'html', `${page}.html`), clean: { text: body } });
  }
  return out;
}

/** A glossary term found in lower case: the labels of real pages do not cover these. */
export const isRunningTerm = (e: EvalEntity): boolean => e.type === 'TERM' && e.forms.some((f) => !/\p{Lu}/u.test(f));

const asEval = (entities: readonly pipeline.AnnotatedEntity[]): EvalEntity[] =>
  entities.map(({ name, type, forms }) => ({ name, type, forms })).filter((e) => !isRunningTerm(e));

const counted = (entities: readonly pipeline.AnnotatedEntity[]) => ({
  all: entities.length,
  names: entities.filter((e) => e.type === 'NAME').length,
});

function cleanText(clean: LabelledPage['clean']): string {
  if ('text' in clean) return clean.text;
  const expected = readHtmlPage(clean.html);
  try {
    return expected.doc.body ? collectText(expected.doc.body).text : '';
  } finally {
    void expected.close();
  }
}

export async function runRealPage(labelled: LabelledPage, reference: ReferenceIndex): Promise<RealPageResult> {
  const source = readHtmlPage(labelled.html);
  try {
    const served = pipeline.annotateDocument(source.doc, reference).entities;
    const clean = pipeline.annotateText(cleanText(labelled.clean), reference).entities;
    const predicted = asEval(clean);
    return {
      page: labelled.page,
      set: labelled.set,
      served: scoreDocument(asEval(served), labelled.gold),
      clean: scoreDocument(predicted, labelled.gold),
      highlighted: counted(served),
      cleanHighlighted: counted(clean),
      predicted,
      gold: labelled.gold,
    };
  } finally {
    await source.close();
  }
}
