/**
 * Finds the blocks that carry the article's body and decides whether the page
 * is an article at all (home pages, section fronts and search results get no
 * highlights). The answer is one root that holds the story, with the elements
 * under it that are not the story's; a read of the root steps over them.
 */
import { runSteps, type Steps, workCounter } from '../steps';
import { articleShape } from './article-shape';
import { blockShapes } from './block-shapes';
import { chooseBody } from './choose-body';
import { findHeadline } from './find-headline';
import { isListing } from './is-listing';
import { hasArticleMetadata } from './page-metadata';
import { type PageStats, pageStatsSteps } from './page-stats';
import { scoreCandidatesSteps } from './score-candidates';
import { trimBodySteps } from './trim-body';

/** Which signal backs the choice, for debugging and the eval report. */
export type ArticleReason = 'schema' | 'article-element' | 'main' | 'density' | 'none';

export interface ArticleRoot {
  root: Element | null;
  isArticle: boolean;
  /** Elements below the root that are not the article's: a read steps over them. */
  excluded: ReadonlySet<Element>;
  /** The headline, when it is inside the root: tools print it apart from the body. */
  headline: Element | null;
}

/** Text the story must hold before a page counts as an article. */
const MIN_ARTICLE_CHARS = 250;
/**
 * When the page says it is an article (metadata, or one article element holding the story) a
 * short story is still a story.
 */
const MIN_ARTICLE_CHARS_WITH_METADATA = 80;

/**
 * Elements that questions of the whole page (selector queries) may search in one step: the browser's own search
 * of so many takes well under a millisecond, and on a bigger page each question has a step of its own.
 */
const QUERIED_PER_STEP = 5_000;

const NONE: ArticleRoot = { root: null, isArticle: false, excluded: new Set(), headline: null };

/**
 * The article in one go, for tools, with the signal that backs it. The content script reads the steps alone: it
 * never asks for the reason, which costs a search of the story.
 */
export function findArticleRoot(doc: Document): ArticleRoot & { reason: ArticleReason } {
  const found = runSteps(findArticleRootSteps(doc));
  return { ...found, reason: found.root ? reasonFor(found.root, hasArticleMetadata(doc)) : 'none' };
}

/** findArticleRoot as steps, for the content script to cut into slices on a heavy page. */
export function* findArticleRootSteps(doc: Document): Steps<ArticleRoot> {
  const body = doc.body;
  if (!body) return { ...NONE };
  const stats = yield* blockShapes(yield* pageStatsSteps(body));
  const scores = yield* scoreCandidatesSteps(stats);
  // A page without one link to another page is no home page, section front or search result: whatever
  // text it has is its story, however short, the body itself when no block of it is long enough to vote.
  const linkless = !stats.links[0];
  const chosen =
    (yield* chooseBody(stats, scores)) ?? (linkless && stats.chars[0] ? { best: 0, top: 0, parts: [0] } : null);
  if (!chosen) return { ...NONE };
  let choice = chosen;
  let trimmed = yield* trimBodySteps(stats, choice.parts);
  // Climbing can reach a wrapper of the whole page, which reads as a list of links: the best block
  // alone may still be a story.
  if (isListing(stats, choice.parts, trimmed) && chosen.best !== chosen.top) {
    choice = { ...chosen, top: chosen.best, parts: [chosen.best] };
    trimmed = yield* trimBodySteps(stats, choice.parts);
  }
  const storyChars = keptChars(stats, choice.parts, trimmed);
  // Each question below may search the whole page: on a big one, each has a step of its own.
  const pause = workCounter(QUERIED_PER_STEP);
  const asked = () => pause(stats.elements.length);
  if (asked()) yield;
  const withMetadata = hasArticleMetadata(doc);
  if (asked()) yield;
  const headline = findHeadline(doc, stats, choice.parts);
  const shape = articleShape(stats, choice.parts, headline, trimmed);
  const root = stats.elements[shape.root] as Element;
  if (asked()) yield;
  const saysArticle =
    withMetadata || (root.closest('article') !== null && doc.getElementsByTagName('article').length === 1);
  const needed = linkless ? 1 : saysArticle ? MIN_ARTICLE_CHARS_WITH_METADATA : MIN_ARTICLE_CHARS;
  const isArticle = storyChars >= needed && !isListing(stats, choice.parts, trimmed);
  if (asked()) yield;
  return {
    root,
    isArticle,
    excluded: new Set(shape.excluded.map((i) => stats.elements[i] as Element)),
    headline: shape.headline >= 0 ? (stats.elements[shape.headline] as Element) : null,
  };
}

/** Characters of the chosen blocks, less what was trimmed out of them. */
function keptChars(stats: PageStats, parts: number[], trimmed: number[]): number {
  let chars = 0;
  for (const p of parts) if (!stats.chrome[p]) chars += stats.chars[p] as number;
  for (const t of trimmed) chars -= stats.chars[t] as number;
  return chars;
}

function reasonFor(root: Element, withMetadata: boolean): ArticleReason {
  if (root.closest('[itemprop="articleBody"]') || root.querySelector('[itemprop="articleBody"]')) return 'schema';
  if (root.closest('article')) return 'article-element';
  if (root.closest('main, [role="main"]')) return 'main';
  return withMetadata ? 'schema' : 'density';
}
