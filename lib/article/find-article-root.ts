/**
 * Finds the element that holds the article body, and decides whether the page
 * is an article at all (home pages and search results get no highlights).
 */
import { runSteps, type Steps } from '../steps';
import { isPageChrome } from './is-page-chrome';
import { hasArticleMetadata } from './page-metadata';
import { ITEMS_PER_STEP, isChromeBetween, MIN_PARAGRAPH_CHARS, proseLengthSteps } from './prose';
import { widenToSections } from './widen-to-sections';

export interface ArticleRoot {
  root: Element | null;
  isArticle: boolean;
  /** Which signal chose the root, for debugging and the eval report. */
  reason: 'schema' | 'article-element' | 'main' | 'density' | 'none';
  /** Elements below the root that are not the article's: a read steps over them. */
  excluded: ReadonlySet<Element>;
  /** The headline, when it is inside the root: tools print it apart from the body. */
  headline: Element | null;
}

/** Prose needed before a page counts as an article. */
const MIN_ARTICLE_CHARS = 600;
/** With article metadata the page says it is an article; ask for less prose. */
const MIN_ARTICLE_CHARS_WITH_METADATA = 250;

const NONE: ArticleRoot = { root: null, isArticle: false, reason: 'none', excluded: new Set(), headline: null };

export function findArticleRoot(doc: Document): ArticleRoot {
  return runSteps(findArticleRootSteps(doc));
}

/** findArticleRoot as steps, for the content script to cut into slices on a heavy page. */
export function* findArticleRootSteps(doc: Document): Steps<ArticleRoot> {
  const body = doc.body;
  if (!body) return { ...NONE };
  const withMetadata = hasArticleMetadata(doc);
  const needed = withMetadata ? MIN_ARTICLE_CHARS_WITH_METADATA : MIN_ARTICLE_CHARS;

  // Each candidate's prose is measured once: it walks every paragraph inside it.
  const lengths = new Map<Element, number>();
  function* prose(el: Element): Steps<number> {
    const known = lengths.get(el);
    if (known !== undefined) return known;
    const length = yield* proseLengthSteps(el);
    lengths.set(el, length);
    return length;
  }
  function* pick(root: Element | null, reason: ArticleRoot['reason']): Steps<ArticleRoot | null> {
    return root && (yield* prose(root)) >= needed
      ? { root, isArticle: true, reason, excluded: new Set(), headline: root.querySelector('h1') }
      : null;
  }

  const schema = yield* largest(doc.querySelectorAll('[itemprop="articleBody"]'), prose);
  const articles = [...doc.querySelectorAll('article')].filter((a) => !isInsideChrome(a));
  // Many article elements of similar size are a list of teasers, not a story.
  const article = articles.length > 3 && !(yield* dominant(articles, prose)) ? null : yield* largest(articles, prose);
  return (
    (yield* pick(schema ? (article?.contains(schema) ? article : schema) : null, 'schema')) ??
    (yield* pick(article, 'article-element')) ??
    (yield* pick(yield* densestBlock(body), 'density')) ??
    (yield* pick(yield* largest(doc.querySelectorAll('main, [role="main"]'), prose), 'main')) ?? { ...NONE }
  );
}

type Prose = (el: Element) => Steps<number>;

function isInsideChrome(el: Element): boolean {
  for (let p = el.parentElement; p; p = p.parentElement) if (isPageChrome(p)) return true;
  return false;
}

function* largest(list: Iterable<Element>, prose: Prose): Steps<Element | null> {
  let best: Element | null = null;
  let bestLength = 0;
  for (const el of list) {
    const length = yield* prose(el);
    if (length > bestLength) [best, bestLength] = [el, length];
  }
  return best;
}

/** True when one element holds most of the prose of the whole list. */
function* dominant(list: Element[], prose: Prose): Steps<boolean> {
  const lengths: number[] = [];
  for (const el of list) lengths.push(yield* prose(el));
  lengths.sort((a, b) => b - a);
  const total = lengths.reduce((a, b) => a + b, 0);
  return total > 0 && (lengths[0] ?? 0) / total > 0.6;
}

/** Readability-style scoring: paragraphs vote for their parent and grandparent. */
function* densestBlock(body: Element): Steps<Element | null> {
  const scores = new Map<Element, number>();
  let seen = 0;
  for (const p of body.querySelectorAll('p')) {
    if (++seen % ITEMS_PER_STEP === 0) yield;
    const length = (p.textContent ?? '').trim().length;
    if (length < MIN_PARAGRAPH_CHARS || isChromeBetween(p, body)) continue;
    const parent = p.parentElement;
    if (!parent) continue;
    scores.set(parent, (scores.get(parent) ?? 0) + length);
    const grand = parent.parentElement;
    if (grand && grand !== body.parentElement) scores.set(grand, (scores.get(grand) ?? 0) + length / 2);
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, score] of scores) if (score > bestScore) [best, bestScore] = [el, score];
  return best && (yield* widenToSections(best, body));
}
