/**
 * The real pages of a development set, in either of its two layouts:
 * Readability's (one folder per page with source.html and the expected
 * extraction, expected.html) and the extraction benchmark's (html/<key>.html
 * with the labelled bodies in ground-truth.json). A folder holding sets of
 * both kinds is read as each of them.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { collectText } from '../../../lib/text/collect-text';
import { readHtmlPage } from '../parse-html';

export interface DevPage {
  name: string;
  source: string;
  /** The article text the page is scored against. */
  expected(): Promise<string>;
}

export interface DevSet {
  name: string;
  dir: string;
  pages: DevPage[];
}

const isDir = (path: string) => existsSync(path) && statSync(path).isDirectory();

export function findDevSets(dir: string): DevSet[] {
  const own = devSetIn(dir);
  if (own) return [own];
  if (!isDir(dir)) throw new Error(`no such folder: ${dir}`);
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const set = isDir(join(dir, name)) ? devSetIn(join(dir, name)) : null;
      return set ? [set] : [];
    });
}

/** The page folders of a set in Readability's layout, each with source.html and expected.html. */
export function pageFolders(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .filter((name) => existsSync(join(dir, name, 'source.html')) && existsSync(join(dir, name, 'expected.html')));
}

function devSetIn(dir: string): DevSet | null {
  if (!isDir(dir)) return null;
  if (existsSync(join(dir, 'ground-truth.json')) && isDir(join(dir, 'html'))) return benchmarkSet(dir);
  const pages = pageFolders(dir).map((name) => ({
    name,
    source: join(dir, name, 'source.html'),
    expected: () => htmlText(join(dir, name, 'expected.html')),
  }));
  return pages.length > 0 ? { name: basename(dir), dir, pages } : null;
}

function benchmarkSet(dir: string): DevSet {
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<
    string,
    { articleBody?: string }
  >;
  const pages = Object.keys(truth)
    .sort()
    .filter((key) => existsSync(join(dir, 'html', `${key}.html`)))
    .map((key) => ({
      name: key.slice(0, 12),
      source: join(dir, 'html', `${key}.html`),
      expected: async () => truth[key]?.articleBody ?? '',
    }));
  return { name: basename(dir), dir, pages };
}

async function htmlText(path: string): Promise<string> {
  const page = readHtmlPage(path);
  try {
    return page.doc.body ? collectText(page.doc.body).text : '';
  } finally {
    await page.close();
  }
}
