/**
 * What an element's class and id say about it: words that sites use for the
 * story ("article-body", "post-content") raise a block's weight, words for
 * furniture ("comments", "related", "promo") lower it. The idea is
 * Readability.js's; the word lists are Backstory's own. Words are compared
 * whole, after splitting on hyphens, underscores and camelCase, so "ad" does
 * not match inside "header".
 */

const STORY = new Set([
  'article',
  'body',
  'content',
  'entry',
  'main',
  'post',
  'story',
  'text',
  'prose',
  'blog',
  'copy',
]);
const FURNITURE = new Set([
  'ad',
  'ads',
  'advert',
  'advertisement',
  'banner',
  'breadcrumb',
  'breadcrumbs',
  'comment',
  'comments',
  'footer',
  'masthead',
  'menu',
  'meta',
  'more',
  'nav',
  'newsletter',
  'outbrain',
  'popular',
  'promo',
  'recirc',
  'recommended',
  'related',
  'share',
  'sharing',
  'sidebar',
  'social',
  'sponsor',
  'sponsored',
  'subscribe',
  'tags',
  'taboola',
  'teaser',
  'teasers',
  'trending',
  'widget',
]);

/** Points a story word or a furniture word adds or takes away, once for the class and once for the id. */
export const CLASS_POINTS = 25;

function words(value: string): string[] {
  return value
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

function weigh(value: string | null): number {
  if (!value) return 0;
  const list = words(value);
  let weight = 0;
  if (list.some((w) => FURNITURE.has(w))) weight -= CLASS_POINTS;
  if (list.some((w) => STORY.has(w))) weight += CLASS_POINTS;
  return weight;
}

export function classWeight(el: Element): number {
  return weigh(el.getAttribute('class')) + weigh(el.getAttribute('id'));
}
