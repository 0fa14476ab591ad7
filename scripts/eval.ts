// `npm run eval`: scores Backstory and the compromise baseline on the labelled
// corpus, root detection on its HTML pages, and background cards and entities on
// the devset's labelled real pages (`--devset <dir>` to say where they are,
// `--errors` to list what went wrong on each page tuned on, `--errors all` on
// every page, `--real-only` to skip the written corpus). `npm run eval -- --pages <dir>`
// scores article reading on real pages instead, beside Readability.js (`--all`
// lists every page, `--only <text>` the pages whose name holds it). `--json` writes the results
// as JSON on stdout and moves the readable report to stderr, so both survive a
// redirect. A report, not a test: it exits 0 whatever the scores.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import nlp from 'compromise';
import { loadBackgroundLabels } from './lib/eval/background-labels';
import { findDevSets } from './lib/eval/devset';
import { knownNamesReport, loadKnownNames, runKnownNames } from './lib/eval/known-names';
import { loadCorpus } from './lib/eval/load-corpus';
import { findDevset, labelledPages, type RealPageResult, runRealPage } from './lib/eval/real-pages';
import { backgroundsReport } from './lib/eval/report-backgrounds';
import { htmlComparison, rootTable, systemTable, total } from './lib/eval/report-corpus';
import { devSetsTable, summariseDevSet } from './lib/eval/report-devset';
import { realPagesErrors, realPagesReport, summariseRealPages } from './lib/eval/report-real-pages';
import { type BackgroundSummary, runBackgrounds, summariseBackgrounds } from './lib/eval/run-backgrounds';
import { type ArticleResult, runArticle } from './lib/eval/run-corpus';
import { type DevSetResult, runDevSet } from './lib/eval/run-devset';
import { loadReference } from './lib/load-reference';

const USAGE =
  'usage: eval [--corpus <dir>] [--devset <dir>] [--real-only] [--errors [all]] [--backgrounds <dir>] [--json] | eval --pages <dir> [--all] [--only <text>] [--no-readability] [--json]';
const DEFAULT_CORPUS = 'tests/fixtures/corpus';
const BACKGROUND_LABELS = 'tests/fixtures/labels/readability-backgrounds.json';
/** The devset's real pages sit beside the project (../shared) or beside its worktrees (../../shared). */
const DEVSET_PAGES = ['../shared/devset/readability', '../../shared/devset/readability'];

interface Options {
  corpus: string;
  pages?: string;
  json: boolean;
  all: boolean;
  only?: string;
  readability: boolean;
  backgrounds?: string;
  devset?: string;
  errors: 'none' | 'tuned' | 'all';
  /** Only the real pages: skips the written corpus and the baseline, for quick turns. */
  realOnly: boolean;
}

function parseArgs(argv: string[]): Options {
  const options: Options = {
    corpus: DEFAULT_CORPUS,
    json: false,
    all: false,
    readability: true,
    errors: 'none',
    realOnly: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => argv[++i] ?? usageError(`${arg} needs a directory`);
    if (arg === '--json') options.json = true;
    else if (arg === '--pages') options.pages = value();
    else if (arg === '--corpus') options.corpus = value();
    else if (arg === '--all') options.all = true;
    else if (arg === '--no-readability') options.readability = false;
    else if (arg === '--only') options.only = value();
    else if (arg === '--backgrounds') options.backgrounds = value();
    else if (arg === '--devset') options.devset = value();
    else if (arg === '--real-only') options.realOnly = true;
    else if (arg === '--errors') options.errors = argv[i + 1] === 'all' && ++i ? 'all' : 'tuned';
    else usageError(`unknown argument ${arg}`);
  }
  return options;
}

function usageError(message: string): never {
  process.stderr.write(`eval: ${message}; ${USAGE}\n`);
  process.exit(2);
}

const options = parseArgs(process.argv.slice(2));
const lines: string[] = [];
const say = (text = '') => lines.push(text);
// The pages mode reads articles only; the pack is loaded for the corpus alone.
const reference = options.pages ? null : loadReference();

async function evalCorpus(dir: string): Promise<ArticleResult[]> {
  const articles = loadCorpus(dir);
  if (!reference) throw new Error('no reference pack');
  const results: ArticleResult[] = [];
  for (const article of articles) results.push(await runArticle(article, reference));
  const html = results.filter((r) => r.kind === 'html').length;
  say(`Entity detection on ${dir}: ${results.length} articles (${results.length - html} text, ${html} HTML).`);
  say('Scores are micro-averaged over entities; an entity matches when it shares a form (one-to-one, best first).');
  say('For HTML pages both systems read the text of the article root Backstory detects (article.text).');
  say();
  say(systemTable('Backstory', total(results, 'backstory')));
  say();
  const baseline = `compromise ${nlp.version} (people/places/organizations; it has no TERM, so TERM recall is 0)`;
  say(systemTable(baseline, total(results, 'compromise')));
  say();
  say(htmlComparison(results));
  say();
  say(rootTable(results));
  return results;
}

async function evalBackgrounds(dir: string | undefined): Promise<BackgroundSummary | null> {
  const found = dir ?? DEVSET_PAGES.find((d) => existsSync(d));
  if (!found || !existsSync(found)) {
    say(`Background cards on real pages: no devset pages at ${dir ?? DEVSET_PAGES.join(' or ')}; skipped.`);
    return null;
  }
  if (!reference) throw new Error('no reference pack');
  const result = await runBackgrounds(found, loadBackgroundLabels(BACKGROUND_LABELS), reference);
  const summary = summariseBackgrounds(result);
  say(backgroundsReport(found, result, summary));
  return summary;
}

async function evalPages(dir: string): Promise<DevSetResult[]> {
  const only = options.only;
  const results: DevSetResult[] = [];
  for (const set of findDevSets(dir)) results.push(await runDevSet(set, { only, readability: options.readability }));
  if (results.length === 0) say(`No pages in ${dir}: expected source.html/expected.html folders or ground-truth.json.`);
  else say(devSetsTable(results, options.all));
  return results;
}

async function evalRealPages(): Promise<{ results: RealPageResult[]; dir: string } | null> {
  const dir = options.devset ?? findDevset();
  if (!dir) {
    say('Real pages: no devset found (looked for ../shared/devset/readability); skipped. Name it with --devset <dir>.');
    return null;
  }
  if (!reference) throw new Error('no reference pack');
  const results: RealPageResult[] = [];
  const pages = labelledPages(dir);
  for (const page of pages) results.push(await runRealPage(page, reference));
  say(realPagesReport(dir, results));
  say();
  say(knownNamesReport(await runKnownNames(pages, loadKnownNames(), reference)));
  const shown = options.errors === 'all' ? results : results.filter((r) => r.set === 'tuned');
  if (options.errors !== 'none') say(`\n${realPagesErrors(shown)}`);
  return { results, dir };
}

async function corpusAndRealPages() {
  const articles = options.realOnly ? [] : await evalCorpus(options.corpus);
  if (!options.realOnly) say();
  const real = await evalRealPages();
  if (!options.realOnly) say();
  const backgrounds = options.realOnly ? null : await evalBackgrounds(options.backgrounds);
  return {
    articles,
    totals: { backstory: total(articles, 'backstory'), compromise: total(articles, 'compromise') },
    backgrounds,
    realPages: real ? { dir: resolve(real.dir), summary: summariseRealPages(real.results) } : null,
  };
}

try {
  const json = options.pages
    ? await evalPages(options.pages).then((sets) => ({ sets, summary: sets.map(summariseDevSet) }))
    : await corpusAndRealPages();
  const report = `${lines.join('\n')}\n`;
  if (options.json) {
    process.stderr.write(report);
    process.stdout.write(`${JSON.stringify({ source: resolve(options.pages ?? options.corpus), ...json }, null, 2)}\n`);
  } else process.stdout.write(report);
} catch (error) {
  process.stderr.write(`eval: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}\n`);
  process.exit(1);
}
