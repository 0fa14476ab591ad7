/**
 * Page chrome that can sit inside an article's root: navigation, related-links
 * rails, share bars, comments, ads and banners. Its text is not the article's.
 *
 * Two kinds of evidence, trusted differently. What an element is (its tag, its
 * role, aria-hidden) is structural and holds at any size. What its class or id
 * says ("sidebar", "paywall") is a guess: sites put such words on the wrapper
 * of the whole story too ("content has-sidebar"), so the article reader weighs
 * it against how much of the story the element holds, and a read of the page
 * steps over only what the reader took out.
 */
const CHROME_TAGS = /^(?:NAV|ASIDE|FOOTER|FORM|MENU|DIALOG)$/;
const CHROME_ROLES = /^(?:navigation|complementary|contentinfo|banner|menu|menubar|search|dialog|alertdialog)$/i;

// Class and id words that news sites use for page furniture. A class token
// counts when it is the word or starts or ends with it ("sidebar", "related-links",
// "comment-list", "socialShare", "RelatedContent"), not when the word sits inside a layout name
// ("panel-two-col-sidebar-right-mix" holds the article). The first words also count written as one
// word with the kind of widget after them, as many sites' class names are ("relatedposts",
// "sharebar", "sharebtn", "newsletters", "promotions"); "promotion" counts only so.
const CHROME_WORDS =
  /^(?:(?:related|recommended|share|sharing|social|comments?|newsletter|promo(?:tion(?!$))?|subscribe|trending|popular|sponsored)(?:s|posts?|stories|articles?|links?|content|bar|btns?|buttons?|box|tools?|icons?|widgets?|modules?|list)?|most-?read|advert|ads?|sponsor|cookie|consent|banner|paywall|breadcrumbs?|outbrain|taboola|more-stories|read-more|tags?|sidebar|rail|footer|menu|nav|masthead|widget|teasers?|recirc)$/i;

const isChromeWord = (word = '') => CHROME_WORDS.test(word);

/**
 * Five words or more joined by single hyphens are a heading's words made an id ("sharing-with-a-single-developer"),
 * not a name; a class's parts ("article-body__right-rail--ad") are joined by doubled marks.
 */
const SLUG = /^[^-_]+(?:-[^-_]+){4,}$/;

/** The token, or its first or last word ("related-links", "site_footer", "socialShare"). */
function isChromeToken(token: string): boolean {
  const parts = token.replace(/(\p{Ll})(\p{Lu})/gu, '$1-$2').split(/[-_]/);
  return (
    isChromeWord(token) || (!SLUG.test(token) && (isChromeWord(parts[0]) || isChromeWord(parts[parts.length - 1])))
  );
}

/** Chrome by what the element is: its tag, its role, or hidden from assistive technology. */
export function isStructuralChrome(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if (CHROME_TAGS.test(tag)) return true;
  const role = el.getAttribute('role');
  if (role && CHROME_ROLES.test(role)) return true;
  return el.getAttribute('aria-hidden') === 'true';
}

/** An element's class and id, the words a page names it by. */
export const classAndId = (el: Element): string => `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;

/** Chrome by name: a class or id word for page furniture. */
export function hasChromeName(el: Element): boolean {
  const marker = classAndId(el).trim();
  return marker.length > 0 && marker.split(/\s+/).some(isChromeToken);
}

/** Either kind: for small blocks, such as one the page adds to a story later. */
export function isPageChrome(el: Element): boolean {
  return isStructuralChrome(el) || hasChromeName(el);
}
