// `npm run -s article -- FILE...`: prints, one JSON object a line and in the order given, what the
// content script reads as the article of each saved page: whether it is an article, why, its
// headline and its body (the text read, less the headline). The same code as the content script,
// parsed in Node with happy-dom. A file that cannot be read gets a line with an `error` and the
// others still print; the exit code is 1 when any file failed.
import { readArticle } from '../lib/article/read-article';
import { parseHtml } from './lib/parse-html';
import { ReadError, readArticleFile } from './lib/read-article';

const USAGE = 'usage: article FILE...';

type Line =
  | { file: string; isArticle: boolean; reason: string; headline: string; body: string }
  | { file: string; error: string };

function firstLine(error: unknown): string {
  return error instanceof Error ? (error.message.split('\n')[0] ?? error.name) : String(error);
}

async function articleLine(file: string): Promise<Line> {
  try {
    const read = readArticleFile(file);
    if (read.kind !== 'html') return { file, error: `cannot read ${file}: not an HTML file (expected .html or .htm)` };
    const page = parseHtml(read.html);
    try {
      const { isArticle, reason, headline, body } = readArticle(page.doc);
      return { file, isArticle, reason, headline, body };
    } finally {
      await page.close();
    }
  } catch (error) {
    return { file, error: error instanceof ReadError ? error.message : `failed on ${file}: ${firstLine(error)}` };
  }
}

const files = process.argv.slice(2);
if (files.length === 0 || files.includes('--help') || files.includes('-h')) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(files.length === 0 ? 2 : 0);
}
// Whatever a parsed page still does later (happy-dom's own loading of what it links to) must not end
// the run: it is reported on stderr, and the files go on.
process.on('unhandledRejection', (reason) => process.stderr.write(`article: ignored: ${firstLine(reason)}\n`));
process.on('uncaughtException', (error) => process.stderr.write(`article: ignored: ${firstLine(error)}\n`));
let failed = false;
for (const file of files) {
  const line = await articleLine(file);
  failed ||= 'error' in line;
  process.stdout.write(`${JSON.stringify(line)}\n`);
}
process.exitCode = failed ? 1 : 0;
