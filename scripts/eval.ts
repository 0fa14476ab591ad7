// `npm run eval`: scores Backstory and the compromise baseline on the labelled
// corpus, and root detection on its HTML pages; then Backstory on the labelled
// real pages of the devset (`--devset <dir>` to say where it is, `--errors` to
// list what went wrong on each page tuned on, `--errors all` on every page). `npm run eval -- --pages <dir>`
// measures root detection on real pages instead. `--json` writes the results
// as JSON on stdout and moves the readable report to stderr, so both survive a
// redirect. A report, not a test: it exits 0 whatever the scores.
import { resolve } from 'node:path';
import nlp from 'compromise';
import { loadCorpus } from './lib/eval/load-corpus';
import { findDevset, labelledPages, type RealPageResult, runRealPage } from './lib/eval/real-pages';
import { htmlComparison, rootTable, systemTable, total } from './lib/eval/report-corpus';
import { pagesTable, summarisePages } from './lib/eval/report-pages';
import { realPagesErrors, realPagesReport, summariseRealPages } from './lib/eval/report-real-pages';
import { type ArticleResult, runArticle } from './lib/eval/run-corpus';
import { type PageResult, pageFolders, runPage } from './lib/eval/run-pages';
import { loadReference } from './lib/load-reference';

const USAGE = 'usage: eval [--corpus <dir>] [--pages <dir>] [--devset <dir>] [--real-only] [--errors [all]] [--json]';
const DEFAULT_CORPUS = 'tests/fixtures/corpus';

interface Options {
  corpus: string;
  pages?: string;
  devset?: string;
  errors: 'none' | 'tuned' | 'all';
  /** Only the real pages: skips the written corpus and the baseline, for quick turns. */
  realOnly: boolean;
  json: boolean;
}

function parseArgs(argv: string[]): Options {
  const options: Options = { corpus: DEFAULT_CORPUS, json: false, errors: 'none', realOnly: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => argv[++i] ?? usageError(`${arg} needs a directory`);
    if (arg === '--json') options.json = true;
    else if (arg === '--pages') options.pages = value();
    else if (arg === '--corpus') options.corpus = value();
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
const reference = loadReference();

async function evalCorpus(dir: string): Promise<ArticleResult[]> {
  const articles = loadCorpus(dir);
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

async function evalPages(dir: string): Promise<PageResult[]> {
  const results: PageResult[] = [];
  for (const name of pageFolders(dir)) results.push(await runPage(dir, name, reference));
  if (results.length === 0) say(`No page folders with source.html and expected.html in ${dir}.`);
  else say(pagesTable(dir, results));
  return results;
}

async function evalRealPages(): Promise<{ results: RealPageResult[]; dir: string } | null> {
  const dir = options.devset ?? findDevset();
  if (!dir) {
    say('Real pages: no devset found (looked for ../shared/devset/readability); skipped. Name it with --devset <dir>.');
    return null;
  }
  const results: RealPageResult[] = [];
  for (const page of labelledPages(dir)) results.push(await runRealPage(page, reference));
  say(realPagesReport(dir, results));
  const shown = options.errors === 'all' ? results : results.filter((r) => r.set === 'tuned');
  if (options.errors !== 'none') say(`\n${realPagesErrors(shown)}`);
  return { results, dir };
}

async function corpusAndRealPages() {
  const articles = options.realOnly ? [] : await evalCorpus(options.corpus);
  if (!options.realOnly) say();
  const real = await evalRealPages();
  return {
    articles,
    totals: { backstory: total(articles, 'backstory'), compromise: total(articles, 'compromise') },
    realPages: real ? { dir: resolve(real.dir), summary: summariseRealPages(real.results) } : null,
  };
}

try {
  const json = options.pages
    ? await evalPages(options.pages).then((pages) => ({ pages, summary: summarisePages(pages) }))
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
