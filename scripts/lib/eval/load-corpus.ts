/**
 * Reads the labelled corpus: every NN-slug.txt or NN-slug.html that has an
 * NN-slug.gold.json beside it. A malformed gold file stops the eval, because
 * scores computed against half-read labels would be quietly wrong.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isEntityType } from '../../../lib/model';
import { type ArticleFile, readArticleFile } from '../read-article';
import type { GoldDocument } from './score-document';

export interface CorpusArticle {
  id: string;
  file: ArticleFile;
  gold: GoldDocument;
}

const ARTICLE_FILE = /^(\d\d-[\w-]+)\.(txt|html)$/;

export function loadCorpus(dir: string): CorpusArticle[] {
  const names = readdirSync(dir).sort();
  const articles: CorpusArticle[] = [];
  for (const name of names) {
    const match = ARTICLE_FILE.exec(name);
    if (!match?.[1]) continue;
    const goldName = `${match[1]}.gold.json`;
    if (!names.includes(goldName)) continue;
    const goldPath = join(dir, goldName);
    articles.push({
      id: match[1],
      file: readArticleFile(join(dir, name)),
      gold: parseGold(readFileSync(goldPath, 'utf8'), goldPath),
    });
  }
  return articles;
}

export function parseGold(json: string, where: string): GoldDocument {
  const data: unknown = JSON.parse(json);
  const bad = (what: string) => new Error(`${where}: ${what}`);
  if (!isRecord(data) || !Array.isArray(data.entities)) throw bad('expected {"entities": [...]}');
  const entities = data.entities.map((e: unknown, i: number) => {
    if (!isRecord(e) || typeof e.name !== 'string' || typeof e.type !== 'string' || !isStrings(e.forms)) {
      throw bad(`entity ${i} needs a string name, a type and an array of string forms`);
    }
    if (!isEntityType(e.type)) throw bad(`entity ${i} (${e.name}) has unknown type ${e.type}`);
    return { name: e.name, type: e.type, forms: e.forms };
  });
  if (data.neutral !== undefined && !isStrings(data.neutral)) throw bad('"neutral" must be an array of strings');
  return data.neutral ? { entities, neutral: data.neutral } : { entities };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isStrings(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}
