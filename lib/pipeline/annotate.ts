/**
 * The whole detection pipeline in one synchronous call, for the annotate CLI,
 * the eval and the bench. The extension runs the same steps, split between the
 * content script (detection) and the background (resolution).
 */

import { articleSkip } from '../article/article-skip';
import { type ArticleReason, findArticleRoot } from '../article/find-article-root';
import { detectMentions } from '../detect/detect-mentions';
import { resolveMentions } from '../entities/resolve-mentions';
import type { HighlightType, SourceKind } from '../model';
import type { ReferenceIndex } from '../reference/reference-index';
import { collectText } from '../text/collect-text';
import { sentences } from '../text/sentence-at';

export interface AnnotatedEntity {
  name: string;
  type: HighlightType;
  forms: string[];
  mentions: number;
  role?: string;
  /** The sentence of the first mention. */
  sentence: string;
  /** The reference description; for a name only the article knows, what the article says of it, or "". */
  description: string;
  source: SourceKind;
}

export interface Annotation {
  entities: AnnotatedEntity[];
  article: { isArticle: boolean; reason: ArticleReason; text: string };
}

export function annotateText(text: string, reference: ReferenceIndex): Annotation {
  return { entities: annotate(text, reference), article: { isArticle: true, reason: 'none', text } };
}

/** Finds the article root as the browser does, then annotates its text. */
export function annotateDocument(doc: Document, reference: ReferenceIndex): Annotation {
  const article = findArticleRoot(doc);
  const root = article.root;
  if (!root || !article.isArticle) {
    return { entities: [], article: { isArticle: false, reason: article.reason, text: '' } };
  }
  const { text } = collectText(root, { skip: articleSkip(article) });
  return { entities: annotate(text, reference), article: { isArticle: true, reason: article.reason, text } };
}

function annotate(text: string, reference: ReferenceIndex): AnnotatedEntity[] {
  const entities = resolveMentions(detectMentions(text, reference.termLexicon), reference);
  const sentenceAt = sentences(text);
  return entities.map((e) => {
    const out: AnnotatedEntity = {
      name: e.name,
      type: e.type,
      forms: e.forms,
      mentions: e.mentions.length,
      source: e.reference?.source ?? 'article',
      description: e.reference?.description ?? e.role ?? '',
      sentence: e.mentions[0] ? sentenceAt(e.mentions[0].start) : '',
    };
    if (e.role) out.role = e.role;
    return out;
  });
}
