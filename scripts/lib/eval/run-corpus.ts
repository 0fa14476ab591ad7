/**
 * Runs Backstory and the compromise baseline over the labelled corpus and
 * scores both. For HTML pages both systems read the text of the article root
 * that Backstory detects, so the comparison is about names, not about roots.
 */
import type { Annotation } from '../../../lib/pipeline/annotate';
import * as pipeline from '../../../lib/pipeline/annotate';
import type { ReferenceIndex } from '../../../lib/reference/reference-index';
import { collectText } from '../../../lib/text/collect-text';
import { parseHtml } from '../parse-html';
import { compromiseEntities } from './compromise-entities';
import type { CorpusArticle } from './load-corpus';
import { type DocumentScore, scoreDocument } from './score-document';
import { type RootFit, rootFit } from './word-overlap';

export interface ArticleResult {
  id: string;
  kind: 'text' | 'html';
  backstory: DocumentScore;
  compromise: DocumentScore;
  /** HTML only: compromise on the whole page's body text. */
  compromiseBody?: DocumentScore;
  /** HTML only: how the detected root fits the page's article region. */
  root?: { reason: string; isArticle: boolean; fit: RootFit };
}

/** The corpus marks its article region with <article> or, on two pages, div.story-body. */
const ARTICLE_REGION = 'article, .story-body';

export async function runArticle(article: CorpusArticle, reference: ReferenceIndex): Promise<ArticleResult> {
  const { id, file, gold } = article;
  if (file.kind === 'text') {
    const annotation = pipeline.annotateText(file.text, reference);
    return {
      id,
      kind: 'text',
      backstory: scoreDocument(annotation.entities, gold),
      compromise: scoreDocument(compromiseEntities(file.text), gold),
    };
  }
  const page = parseHtml(file.html);
  try {
    const { doc } = page;
    const annotation: Annotation = pipeline.annotateDocument(doc, reference);
    const region = doc.querySelector(ARTICLE_REGION);
    const regionText = region ? collectText(region).text : '';
    const bodyText = doc.body ? collectText(doc.body).text : '';
    return {
      id,
      kind: 'html',
      backstory: scoreDocument(annotation.entities, gold),
      compromise: scoreDocument(compromiseEntities(annotation.article.text), gold),
      compromiseBody: scoreDocument(compromiseEntities(bodyText), gold),
      root: {
        reason: annotation.article.reason,
        isArticle: annotation.article.isArticle,
        fit: rootFit(regionText, annotation.article.text),
      },
    };
  } finally {
    await page.close();
  }
}
