/**
 * The article as the content script reads it, in one call: for tools (the
 * article CLI, the eval, annotate) that must see exactly what is highlighted.
 */
import { runSteps } from '../steps';
import { collectTextSteps } from '../text/collect-text';
import { articleSkip } from './article-skip';
import { type ArticleReason, findArticleRoot } from './find-article-root';

export interface ArticleReading {
  isArticle: boolean;
  reason: ArticleReason;
  /** The headline's text, or '' when none was found in the article. */
  headline: string;
  /** Everything read as the article but the headline. */
  body: string;
}

export function readArticle(doc: Document): ArticleReading {
  const article = findArticleRoot(doc);
  const { root, headline } = article;
  if (!root || !article.isArticle) return { isArticle: false, reason: article.reason, headline: '', body: '' };
  const skip = articleSkip(article);
  const title = headline ? runSteps(collectTextSteps(headline)).text.trim() : '';
  const body = runSteps(collectTextSteps(root, { skip: (el) => el === headline || skip(el) })).text;
  return { isArticle: true, reason: article.reason, headline: title, body };
}
