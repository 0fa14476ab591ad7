/**
 * Reading a page: find the article, read its text (or a part added later) and
 * detect mentions here; the background turns them into entities.
 */
import { type ArticleRoot, findArticleRoot } from '../article/find-article-root';
import { isPageChrome } from '../article/is-page-chrome';
import { detectMentions } from '../detect/detect-mentions';
import type { Candidate } from '../detect/find-names';
import { termLexicon, termVocabulary } from '../detect/find-terms';
import { tokenize } from '../detect/tokenize';
import type { ArticleEntity } from '../entities/group-mentions';
import { collectText, type TextIndex } from '../text/collect-text';

export interface Background {
  /** The known term phrases that could occur in a text with these words. */
  terms(words: string[]): Promise<string[]>;
  resolve(mentions: Candidate[]): Promise<ArticleEntity[]>;
}

export interface PageScan {
  article: ArticleRoot;
  index: TextIndex;
  entities: ArticleEntity[];
}

export interface DetectedPart {
  index: TextIndex;
  candidates: Candidate[];
}

/** The text of the article, or of a part of it, leaving out the page chrome inside it. */
export function readPart(part: Element): TextIndex {
  return collectText(part, { skip: (el) => el !== part && isPageChrome(el) });
}

/** Detects the mentions of several parts with one term lookup for all of them. */
export async function detectParts(indexes: TextIndex[], background: Background): Promise<DetectedPart[]> {
  const tokens = indexes.map((index) => tokenize(index.text));
  const words = new Set(indexes.flatMap((index, i) => termVocabulary(index.text, tokens[i])));
  const terms = termLexicon(await background.terms([...words]));
  return indexes.map((index, i) => ({ index, candidates: detectMentions(index.text, terms, tokens[i]) }));
}

/** One whole scan, for tests and tools; the session reads the same way, part by part. */
export async function scanPage(doc: Document, background: Background): Promise<PageScan> {
  const article = findArticleRoot(doc);
  if (!article.root || !article.isArticle) {
    return { article, index: { text: '', segments: [] }, entities: [] };
  }
  const [part] = await detectParts([readPart(article.root)], background);
  const index = part?.index ?? { text: '', segments: [] };
  const mentions = part?.candidates ?? [];
  const entities = mentions.length > 0 ? await background.resolve(mentions) : [];
  return { article, index, entities };
}
