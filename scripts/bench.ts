// `npm run bench`: how fast Backstory annotates compared with compromise, how
// its time grows with article length, and how big the built scripts are. It
// measures and prints; it never fails on a number, since timings vary by machine.
import { cpus } from 'node:os';
import { annotateText } from '../lib/pipeline/annotate';
import { PACK_FILES } from '../lib/reference/pack-format';
import { heavyPagesNamed } from './bench-browser/heavy-loads';
import { runBrowserBench, runHeavyBench } from './bench-browser/run-browser-bench';
import { bundleSizes } from './lib/bench/bundle-sizes';
import { coldStarts, packSizes } from './lib/bench/cold-start';
import { corpusTexts } from './lib/bench/corpus-texts';
import { countWords, generateArticle, paragraphsOf } from './lib/bench/generate-article';
import { BEFORE_MS, ordinaryBesideHostile, REPEATS, repeatedText, timeRepeats } from './lib/bench/hostile-repeats';
import { LONG_WORD_GOAL_MS, timeLongWords } from './lib/bench/long-words';
import { charsPerSecond, timeTexts } from './lib/bench/speed';
import { median, timeMedian } from './lib/bench/timing';
import { compromiseEntities } from './lib/eval/compromise-entities';
import { type Cell, formatTable } from './lib/format-table';
import { loadReference } from './lib/load-reference';

const CORPUS = 'tests/fixtures/corpus';
const OUTPUT = '.output/chrome-mv3';
const GOAL_RATIO = 40;
const SIZES = [2_500, 5_000, 10_000, 20_000];
const CORPUS_RUNS = { backstory: 9, compromise: 3, warmup: 2 };

const ms = (value: number) => `${value < 10 ? value.toFixed(2) : value.toFixed(1)} ms`;
const rate = (value: number) => `${Math.round(value).toLocaleString('en-US')} chars/s`;
const n = (value: number) => value.toLocaleString('en-US');
const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

const started = performance.now();
// `npm run bench -- --browser`: the browser half alone (BACKSTORY_BUILD=<dir> measures another build);
// `--heavy [giant,big]`: of that, the long tasks on the heavy pages alone, or on those named.
const heavy = process.argv.indexOf('--heavy');
if (heavy >= 0) {
  await runHeavyBench(heavyPagesNamed(process.argv[heavy + 1]));
  process.exit(0);
}
if (process.argv.includes('--browser')) {
  await runBrowserBench();
  process.exit(0);
}
const reference = loadReference();
const texts = await corpusTexts(CORPUS, reference);
const cpu = cpus();
console.log(`Backstory bench: Node ${process.version}, ${cpu.length} CPUs (${cpu[0]?.model.trim() ?? 'unknown'})`);

// --- Corpus articles
const corpus = timeTexts(texts, reference, CORPUS_RUNS);
const words = sum(texts.map((t) => countWords(t.text)));
const [bTotal, cTotal] = [sum(corpus.backstoryMs), sum(corpus.compromiseMs)];
console.log(`\nCorpus: ${texts.length} articles, ${n(words)} words, ${n(corpus.chars)} chars`);
const { backstory: bRuns, compromise: cRuns, warmup } = CORPUS_RUNS;
console.log(
  `  (HTML pages: text of the detected root. Per article: median of ${bRuns} runs, compromise ${cRuns}, after ${warmup} warm-ups)`,
);
const corpusRows: Cell[][] = [
  ['Backstory (annotateText)', ms(median(corpus.backstoryMs)), ms(bTotal), rate(charsPerSecond(corpus.chars, bTotal))],
  [
    'compromise (nlp + people/places/orgs)',
    ms(median(corpus.compromiseMs)),
    ms(cTotal),
    rate(charsPerSecond(corpus.chars, cTotal)),
  ],
];
console.log(formatTable(['', 'median per article', 'all articles', 'throughput'], corpusRows));
console.log(`  Backstory is ${(cTotal / bTotal).toFixed(1)}× as fast as compromise (goal: ≥ ${GOAL_RATIO}×)`);

// --- One long article, both systems
const paragraphs = paragraphsOf(texts.map((t) => t.text));
const long = generateArticle(paragraphs, 10_000);
const longBackstory = timeMedian(() => annotateText(long, reference), 9, 3);
const longCompromise = timeMedian(() => compromiseEntities(long), 3, 1);
console.log(
  `\nGenerated article: ${n(countWords(long))} words, ${n(long.length)} chars (from ${paragraphs.length} corpus paragraphs; median of 9 runs, compromise 3)`,
);
console.log(
  formatTable(
    ['', 'median', 'throughput'],
    [
      ['Backstory', ms(longBackstory), rate(charsPerSecond(long.length, longBackstory))],
      ['compromise', ms(longCompromise), rate(charsPerSecond(long.length, longCompromise))],
    ],
  ),
);
console.log(
  `  Backstory is ${(longCompromise / longBackstory).toFixed(1)}× as fast as compromise (goal: ≥ ${GOAL_RATIO}×)`,
);

// --- Scaling: time per 1,000 words should stay about flat if growth is linear
const scaling = SIZES.map((size) => {
  const text = generateArticle(paragraphs, size);
  return { size, chars: text.length, ms: timeMedian(() => annotateText(text, reference), 9, 3) };
});
const base = scaling[0] ? (scaling[0].ms / scaling[0].size) * 1000 : Number.NaN;
console.log(
  '\nScaling (Backstory, generated articles, median of 9 runs; a flat "per 1,000 words" means linear growth):',
);
const scalingRows = scaling.map(({ size, chars, ms: t }) => {
  const perThousand = (t / size) * 1000;
  return [n(size), n(chars), ms(t), ms(perThousand), `${(perThousand / base).toFixed(2)}×`];
});
console.log(formatTable(['words', 'chars', 'median', 'per 1,000 words', 'vs 2,500 words'], scalingRows));

// --- Single 1 MB words, each a shape that once made the tokenizer quadratic
console.log(`\nA single 1 MB word in a sentence, detection alone, median of 3 (goal: < ${LONG_WORD_GOAL_MS} ms each):`);
console.log(
  formatTable(
    ['word made of', 'median'],
    timeLongWords().map(([label, t]) => [label, ms(t)]),
  ),
);

// --- A page made to be slow: one name repeated, as the background detects and resolves it (issue 14)
console.log(
  "\nOne name repeated (the background's detect and resolve, in steps and within its caps: 2,000,000 chars and 20,000 mentions a request; median of 3):",
);
const repeatRows = REPEATS.map((repeats) => {
  const runs = [0, 1, 2].map(() => timeRepeats(reference, repeats));
  const t = median(runs.map((r) => r.ms));
  return [
    n(repeats),
    n(repeatedText(repeats).length),
    ms(t),
    ms((t / repeats) * 1000),
    n(runs[0]?.steps ?? 0),
    BEFORE_MS[repeats] ?? '',
  ];
});
console.log(formatTable(['repeats', 'chars', 'median', 'per 1,000 repeats', 'steps', 'before (issue 14)'], repeatRows));
const beside = await ordinaryBesideHostile(reference, long, 100_000, 50);
console.log(
  `  An ordinary ${n(countWords(long))}-word article asked for 50 ms after a 100,000-repeat page, through the background's turns: ${ms(beside.beside)} (alone: ${ms(beside.alone)}; the hostile page itself: ${ms(beside.hostile)})`,
);

// --- Bundle sizes
const sizes = bundleSizes(OUTPUT);
console.log(`\nBundle sizes (${OUTPUT}, gzip level 6):`);
if (!sizes) console.log('  no build found: run npm run build first');
else {
  const kb = (bytes: number) => (bytes < 0 ? 'missing' : `${(bytes / 1024).toFixed(1)} kB`);
  const rows = sizes.map((s) => {
    const budget =
      s.budgetBytes === undefined ? '' : `${kb(s.budgetBytes)} ${s.gzipBytes <= s.budgetBytes ? 'within' : 'OVER'}`;
    return [`${s.label}: ${s.file}`, kb(s.bytes), kb(s.gzipBytes), s.gzipBytes < 0 ? '' : budget];
  });
  if (!sizes.some((s) => s.label === 'popup chunk')) rows.push(['popup chunk: chunks/popup-*.js', 'missing', '', '']);
  console.log(formatTable(['file', 'raw', 'gzip', 'budget'], rows));
}
// --- The knowledge pack: size, and the background's cold start with all of it
const packFiles = PACK_FILES.map((p) => `public/${p}`);
const packs = packSizes(packFiles);
const packGzip = sum(packs.map((p) => p.gzipBytes));
console.log(`\nKnowledge pack: ${packs.map((p) => `${p.file} ${(p.gzipBytes / 1e6).toFixed(2)} MB gzip`).join(', ')}`);
console.log(`  total ${(packGzip / 1e6).toFixed(2)} MB gzip (budget about 2.5 MB)`);
const starts = coldStarts('tests/fixtures/corpus/01-kazakhstan-boqaev-land.txt', 5);
const coldRows = [
  ['load and index the pack', ms(median(starts.map((s) => s.loadMs)))],
  ['then the first answer (one article)', ms(median(starts.map((s) => s.firstAnswerMs)))],
  ['cold start to first answer', ms(median(starts.map((s) => s.loadMs + s.firstAnswerMs)))],
  ['heap held by the pack and the answer', `${median(starts.map((s) => s.heapMb)).toFixed(1)} MB`],
];
console.log('  Cold start in a fresh Node process, median of 5 (targets: ≤ 100 ms to the first answer, ≤ 30 MB heap):');
console.log(formatTable(['', 'median'], coldRows));

// --- The built extension in Chromium: long tasks, first highlight, pointer, live and switched-off pages
await runBrowserBench();

console.log(`\nBench took ${((performance.now() - started) / 1000).toFixed(1)} s.`);
