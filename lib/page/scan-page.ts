/**
 * One scan of a page: find the article, read its text and detect mentions
 * here, then let the background resolve them into entities.
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

export async function scanPage(doc: Document, background: Background): Promise<PageScan> {
  const article = findArticleRoot(doc);
  if (!article.root || !article.isArticle) {
    return { article, index: { text: '', segments: [] }, entities: [] };
  }
  const root = article.root;
  const index = collectText(root, { skip: (el) => el !== root && isPageChrome(el) });
  // One tokenization serves the term lookup and the detection.
  const tokens = tokenize(index.text);
  const terms = termLexicon(await background.terms(termVocabulary(index.text, tokens)));
  const mentions = detectMentions(index.text, terms, tokens);
  const entities = mentions.length > 0 ? await background.resolve(mentions) : [];
  return { article, index, entities };
}
