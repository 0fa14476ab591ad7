/** What a page says about itself in its metadata. */

const ARTICLE_TYPES =
  /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|OpinionNewsArticle|LiveBlogPosting)$/;

export function hasArticleMetadata(doc: Document): boolean {
  const og = doc.querySelector('meta[property="og:type"]')?.getAttribute('content');
  if (og?.trim().toLowerCase() === 'article') return true;
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    if (jsonLdHasArticle(script.textContent ?? '')) return true;
  }
  return false;
}

function jsonLdHasArticle(source: string): boolean {
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch {
    return false; // Broken JSON-LD is common; it is simply not a signal.
  }
  const stack: unknown[] = [data];
  let visited = 0;
  while (stack.length > 0 && visited++ < 500) {
    const item = stack.pop();
    if (Array.isArray(item)) stack.push(...item);
    else if (item && typeof item === 'object') {
      const record = item as Record<string, unknown>;
      const type = record['@type'];
      const types = Array.isArray(type) ? type : [type];
      if (types.some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t))) return true;
      if (record['@graph']) stack.push(record['@graph']);
    }
  }
  return false;
}
