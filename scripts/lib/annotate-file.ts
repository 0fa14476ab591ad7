/** Annotates one article file the way the extension would see it. */
import type { Annotation } from '../../lib/pipeline/annotate';
import type { ReferenceIndex } from '../../lib/reference/reference-index';
import { parseHtml } from './parse-html';
import type { ArticleFile } from './read-article';

export type Pipeline = typeof import('../../lib/pipeline/annotate');

export async function annotateArticleFile(
  file: ArticleFile,
  reference: ReferenceIndex,
  pipeline: Pipeline,
): Promise<Annotation> {
  if (file.kind === 'text') return pipeline.annotateText(file.text, reference);
  const page = parseHtml(file.html);
  try {
    return pipeline.annotateDocument(page.doc, reference);
  } finally {
    await page.close();
  }
}
