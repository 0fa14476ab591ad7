/**
 * What a read of the article leaves out below its root: structural chrome (nav, aside, footer…),
 * what the markup hides, and the blocks the reader judged not the article's (furniture by name
 * among them).
 */
import type { ArticleRoot } from './find-article-root';
import { isHiddenByMarkup } from './is-hidden';
import { isStructuralChrome } from './is-page-chrome';

export function articleSkip(article: Pick<ArticleRoot, 'root' | 'excluded'>): (el: Element) => boolean {
  const { root, excluded } = article;
  return (el) => el !== root && (excluded.has(el) || isStructuralChrome(el) || isHiddenByMarkup(el));
}
