/**
 * Finds the element that holds the article body, and decides whether the page
 * is an article at all (home pages and search results get no highlights).
 */
import { isPageChrome } from './is-page-chrome';
import { hasArticleMetadata } from './page-metadata';

export interface ArticleRoot {
  root: Element | null;
  isArticle: boolean;
  /** Which signal chose the root, for debugging and the eval report. */
  reason: 'schema' | 'article-element' | 'main' | 'density' | 'none';
}

/** A paragraph shorter than this is a teaser, a label or a button. */
const MIN_PARAGRAPH_CHARS = 60;
/** Prose needed before a page counts as an article. */
const MIN_ARTICLE_CHARS = 600;
/** With article metadata the page says it is an article; ask for less prose. */
const MIN_ARTICLE_CHARS_WITH_METADATA = 250;

export function findArticleRoot(doc: Document): ArticleRoot {
  const body = doc.body;
  if (!body) return { root: null, isArticle: false, reason: 'none' };
  const withMetadata = hasArticleMetadata(doc);
  const needed = withMetadata ? MIN_ARTICLE_CHARS_WITH_METADATA : MIN_ARTICLE_CHARS;

  // Each candidate's prose is measured once: it walks every paragraph inside it.
  const lengths = new Map<Element, number>();
  const prose = (el: Element) => {
    const known = lengths.get(el);
    if (known !== undefined) return known;
    const length = proseLength(el);
    lengths.set(el, length);
    return length;
  };
  const pick = (root: Element | null, reason: ArticleRoot['reason']): ArticleRoot | null =>
    root && prose(root) >= needed ? { root, isArticle: true, reason } : null;

  const schema = largest(doc.querySelectorAll('[itemprop="articleBody"]'), prose);
  const articles = [...doc.querySelectorAll('article')].filter((a) => !isInsideChrome(a));
  // Many article elements of similar size are a list of teasers, not a story.
  const article = articles.length > 3 && !dominant(articles, prose) ? null : largest(articles, prose);
  return (
    pick(schema ? (article?.contains(schema) ? article : schema) : null, 'schema') ??
    pick(article, 'article-element') ??
    pick(densestBlock(body), 'density') ??
    pick(largest(doc.querySelectorAll('main, [role="main"]'), prose), 'main') ?? {
      root: null,
      isArticle: false,
      reason: 'none',
    }
  );
}

function isInsideChrome(el: Element): boolean {
  for (let p = el.parentElement; p; p = p.parentElement) if (isPageChrome(p)) return true;
  return false;
}

function largest(list: Iterable<Element>, prose: (el: Element) => number): Element | null {
  let best: Element | null = null;
  let bestLength = 0;
  for (const el of list) {
    const length = prose(el);
    if (length > bestLength) [best, bestLength] = [el, length];
  }
  return best;
}

/** True when one element holds most of the prose of the whole list. */
function dominant(list: Element[], prose: (el: Element) => number): boolean {
  const lengths = list.map(prose).sort((a, b) => b - a);
  const total = lengths.reduce((a, b) => a + b, 0);
  return total > 0 && (lengths[0] ?? 0) / total > 0.6;
}

/** Characters of paragraph prose inside an element, leaving out page chrome. */
export function proseLength(el: Element): number {
  let total = 0;
  for (const p of el.querySelectorAll('p')) {
    const length = (p.textContent ?? '').trim().length;
    if (length >= MIN_PARAGRAPH_CHARS && !isChromeBetween(p, el)) total += length;
  }
  return total;
}

function isChromeBetween(node: Element, root: Element): boolean {
  for (let p: Element | null = node; p && p !== root; p = p.parentElement) {
    if (isPageChrome(p)) return true;
  }
  return false;
}

/** Readability-style scoring: paragraphs vote for their parent and grandparent. */
function densestBlock(body: Element): Element | null {
  const scores = new Map<Element, number>();
  for (const p of body.querySelectorAll('p')) {
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
  return best && widenToSections(best, body);
}

/** How far up a story split into sections is looked for, and what its sections must add. */
const MAX_CLIMB = 6;
const MIN_SECTION_GAIN = 1.15;
const MAX_LINK_SHARE = 0.25;
const MIN_DENSITY_KEPT = 0.5;

/**
 * A story split into sections between figures and pull quotes ("postBody" >
 * several "content" blocks) is read whole: the block climbs to an ancestor whose
 * paragraphs add a good share of prose, as long as that ancestor is not mostly links.
 */
function widenToSections(block: Element, body: Element): Element {
  let root = block;
  let rootProse = proseLength(block);
  // A stream of other stories adds prose too, but drowned in everything else around it.
  const minDensity = (rootProse / textLength(block)) * MIN_DENSITY_KEPT;
  let el = block.parentElement;
  for (let i = 0; el && el !== body && i < MAX_CLIMB; i++, el = el.parentElement) {
    const prose = proseLength(el);
    if (prose < rootProse * MIN_SECTION_GAIN || linkShare(el) > MAX_LINK_SHARE) continue;
    if (prose / textLength(el) < minDensity) break;
    [root, rootProse, i] = [el, prose, 0];
  }
  return root;
}

const textLength = (el: Element): number => Math.max(1, (el.textContent ?? '').length);

function linkShare(el: Element): number {
  const text = (el.textContent ?? '').length;
  let links = 0;
  for (const a of el.querySelectorAll('a')) links += (a.textContent ?? '').length;
  return text > 0 ? links / text : 0;
}
