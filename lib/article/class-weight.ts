/**
 * What an element's class and id say about it: words that sites use for the
 * story ("article-body", "post-content") raise a block's weight, words for
 * furniture ("comments", "related", "promo") lower it. The idea is
 * Readability.js's; the story words are Backstory's own, and the furniture
 * words are the page-chrome ones.
 */
import { classAndId, hasChromeName } from './is-page-chrome';

const STORY = /article|body|content|entry|main|post|story|text|prose|blog/i;

/** Points a story word or a furniture word adds or takes away. */
export const CLASS_POINTS = 25;

export function classWeight(el: Element): number {
  return (STORY.test(classAndId(el)) ? CLASS_POINTS : 0) - (hasChromeName(el) ? CLASS_POINTS : 0);
}
