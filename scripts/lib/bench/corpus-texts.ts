/**
 * The texts the bench times: each corpus article as the pipeline reads it. For
 * HTML pages that is the detected root's text, so the bench times detection,
 * not happy-dom's parser (which the browser replaces with its own).
 */
import { annotateDocument } from '../../../lib/pipeline/annotate';
import type { ReferenceIndex } from '../../../lib/reference/reference-index';
import { loadCorpus } from '../eval/load-corpus';
import { parseHtml } from '../parse-html';

export interface BenchText {
  id: string;
  text: string;
}

export async function corpusTexts(dir: string, reference: ReferenceIndex): Promise<BenchText[]> {
  const texts: BenchText[] = [];
  for (const { id, file } of loadCorpus(dir)) {
    if (file.kind === 'text') {
      texts.push({ id, text: file.text });
      continue;
    }
    const page = parseHtml(file.html);
    try {
      texts.push({ id, text: annotateDocument(page.doc, reference).article.text });
    } finally {
      await page.close();
    }
  }
  return texts;
}
