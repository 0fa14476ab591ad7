/**
 * The entities of real pages as the extension would show them: the article
 * root, its text, detection and resolution, with each entity's reference
 * entry, for the eval of background cards.
 */
import { findArticleRoot } from '../../../lib/article/find-article-root';
import { isPageChrome } from '../../../lib/article/is-page-chrome';
import { detectMentions } from '../../../lib/detect/detect-mentions';
import type { ArticleEntity } from '../../../lib/entities/group-mentions';
import { resolveMentions } from '../../../lib/entities/resolve-mentions';
import type { ReferenceIndex } from '../../../lib/reference/reference-index';
import { collectText } from '../../../lib/text/collect-text';
import { readHtmlPage } from '../parse-html';

/** Null when the page cannot be parsed here (happy-dom refuses some pages' markup). */
export async function pageEntities(path: string, reference: ReferenceIndex): Promise<ArticleEntity[] | null> {
  let page: ReturnType<typeof readHtmlPage>;
  try {
    page = readHtmlPage(path);
  } catch {
    return null;
  }
  try {
    const article = findArticleRoot(page.doc);
    const root = article.root;
    if (!root || !article.isArticle) return [];
    const { text } = collectText(root, { skip: (el) => el !== root && isPageChrome(el) });
    return resolveMentions(detectMentions(text, reference.termLexicon), reference);
  } finally {
    await page.close();
  }
}
