/** A whole page scanned at once, as the session scans it part by part: for tests of what reaches the background. */
import { articleSkip } from '../../lib/article/article-skip';
import { type ArticleRoot, findArticleRoot } from '../../lib/article/find-article-root';
import type { ArticleEntity } from '../../lib/entities/group-mentions';
import { type Background, detectParts, readPart } from '../../lib/page/scan-page';
import { noSlicing } from '../../lib/page/slicer';
import type { TextIndex } from '../../lib/text/collect-text';

export interface PageScan {
  article: ArticleRoot;
  index: TextIndex;
  entities: ArticleEntity[];
}

export async function scanPage(doc: Document, background: Background): Promise<PageScan> {
  const article = findArticleRoot(doc);
  if (!article.root || !article.isArticle) {
    return { article, index: { text: '', nodes: [], starts: [] }, entities: [] };
  }
  const [part] = await detectParts([readPart(article.root, articleSkip(article))], background, noSlicing);
  const index = part?.index ?? { text: '', nodes: [], starts: [] };
  const mentions = part?.candidates ?? [];
  const entities = mentions.length > 0 ? await background.resolve(mentions, noSlicing) : [];
  return { article, index, entities };
}
