/**
 * One scan of a page: find the article, read its text, detect names, ask the
 * reference data about them and group the mentions into entities. The content
 * script, the annotate CLI and the tests all run this same pipeline.
 */
import { type ArticleRoot, findArticleRoot } from '../article/find-article-root';
import { isPageChrome } from '../article/is-page-chrome';
import { findNames } from '../detect/find-names';
import { type ArticleEntity, groupMentions } from '../entities/group-mentions';
import type { ReferenceEntry } from '../model';
import { collectText, type TextIndex } from '../text/collect-text';

export type RemoteLookup = (names: string[]) => Promise<(ReferenceEntry | null)[]>;

export interface PageScan {
  article: ArticleRoot;
  index: TextIndex;
  entities: ArticleEntity[];
}

export async function scanPage(doc: Document, lookup: RemoteLookup): Promise<PageScan> {
  const article = findArticleRoot(doc);
  if (!article.root || !article.isArticle) {
    return { article, index: { text: '', segments: [] }, entities: [] };
  }
  const root = article.root;
  const index = collectText(root, { skip: (el) => el !== root && isPageChrome(el) });
  const candidates = findNames(index.text);
  const forms = [...new Set(candidates.map((c) => c.form))];
  const results = forms.length > 0 ? await lookup(forms) : [];
  const known = new Map(forms.map((form, i) => [form, results[i] ?? null]));
  const entities = groupMentions(candidates, (form) => known.get(form) ?? null);
  return { article, index, entities };
}
