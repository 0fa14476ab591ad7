/**
 * What a read of the article leaves out below its root: structural chrome (nav, aside, footer…),
 * and the blocks the reader judged not the article's (furniture by name among them).
 */
import type { ArticleRoot } from './find-article-root';
import { isStructuralChrome } from './is-page-chrome';

export function articleSkip(article: Pick<ArticleRoot, 'root' | 'excluded'>): (el: Element) => boolean {
  const { root, excluded } = article;
  return (el) => el !== root && (excluded.has(el) || isStructuralChrome(el));
}
