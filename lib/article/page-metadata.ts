/** What a page says about itself in its metadata. */

/**
 * A JSON-LD type of Article, NewsArticle or one of its kinds (ReportageNewsArticle, OpinionNewsArticle…),
 * BlogPosting or LiveBlogPosting, alone or in a list of types. Read from the script's text, so broken JSON-LD,
 * which is common, still says what it says.
 */
const ARTICLE_TYPE = /"@type"\s*:\s*(?:\[[^\]]*)?"(?:Article|\w*NewsArticle|\w*BlogPosting)"/;

export function hasArticleMetadata(doc: Document): boolean {
  const og = doc.querySelector('meta[property="og:type"]')?.getAttribute('content');
  if (og?.trim().toLowerCase() === 'article') return true;
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    if (ARTICLE_TYPE.test(script.textContent ?? '')) return true;
  }
  return false;
}
