/**
 * Page chrome that can sit inside an article's root: navigation, related-links
 * rails, share bars, comments, ads and banners. Its text is not the article's.
 */
const CHROME_TAGS = new Set(['NAV', 'ASIDE', 'FOOTER', 'FORM', 'MENU', 'DIALOG']);
const CHROME_ROLES = new Set([
  'navigation',
  'complementary',
  'contentinfo',
  'banner',
  'menu',
  'menubar',
  'search',
  'dialog',
  'alertdialog',
]);

// Class and id words that news sites use for page furniture; matched as whole
// words so that "headline" does not match "ad".
const CHROME_WORDS =
  /(^|[\s_-])(related|recommended|most-?read|popular|trending|share|sharing|social|comments?|newsletter|promo|advert|ads?|sponsor(ed)?|cookie|consent|banner|subscribe|paywall|breadcrumbs?|outbrain|taboola|more-stories|read-more|tags?|sidebar|rail)($|[\s_-])/i;

export function isPageChrome(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if (CHROME_TAGS.has(tag)) return true;
  const role = el.getAttribute('role');
  if (role && CHROME_ROLES.has(role.toLowerCase())) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const marker = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  return marker.length > 1 && CHROME_WORDS.test(marker);
}
