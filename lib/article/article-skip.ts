/** What a read of the article leaves out below its root: page chrome, and the blocks judged not the article's. */
import type { ArticleRoot } from './find-article-root';
import { isPageChrome } from './is-page-chrome';

export function articleSkip(article: Pick<ArticleRoot, 'root' | 'excluded'>): (el: Element) => boolean {
  const { root, excluded } = article;
  return (el) => el !== root && (excluded.has(el) || isPageChrome(el));
}
