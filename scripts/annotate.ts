// `npm run -s annotate -- <file.html|file.htm|file.txt>`: prints the entities
// Backstory finds in one article as JSON. Errors are one line on stderr so that
// shell loops over many files stay readable.
import { ReadError, readArticleFile } from './lib/read-article';

const USAGE = 'usage: annotate <file.html|file.htm|file.txt>';
const EXIT_FAILURE = 1;
const EXIT_USAGE = 2;

function fail(message: string, code: number): never {
  process.stderr.write(`annotate: ${message}\n`);
  process.exit(code);
}

function firstLine(error: unknown): string {
  return error instanceof Error ? (error.message.split('\n')[0] ?? error.name) : String(error);
}

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
const [path, ...extra] = args;
if (path === undefined) fail(`no file given; ${USAGE}`, EXIT_USAGE);
if (extra.length > 0) fail(`expected one file, got ${args.length}; ${USAGE}`, EXIT_USAGE);
if (path.startsWith('-')) fail(`unknown option ${path}; ${USAGE}`, EXIT_USAGE);

try {
  const file = readArticleFile(path);
  // Loaded only once the file is known to be good, so that a bad argument gets
  // its one-line answer without paying for (or depending on) the whole pipeline
  // and the HTML parser.
  const pipeline = await import('../lib/pipeline/annotate');
  const { annotateArticleFile } = await import('./lib/annotate-file');
  const { loadReference } = await import('./lib/load-reference');
  const { entities } = await annotateArticleFile(file, loadReference(), pipeline);
  process.stdout.write(`${JSON.stringify({ entities }, null, 2)}\n`);
} catch (error) {
  if (error instanceof ReadError) fail(error.message, EXIT_FAILURE);
  // A bug in the pipeline, not a bad file: still one line, but say what broke.
  fail(`failed on ${path}: ${firstLine(error)}`, EXIT_FAILURE);
}
