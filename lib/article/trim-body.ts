/**
 * Takes the boilerplate out of the blocks chosen as the story: rails of
 * teasers, lists of links and furniture that sit inside a story's container.
 * A block goes when its words are mostly links or its class says it is
 * furniture, an ad slot's label or a call to action (a sign-up box); prose
 * lists and tables stay (forms go as structural chrome).
 * After Readability.js's conditional cleaning and trafilatura's link-density
 * tests; a block holding most of its part's text is never taken out.
 */
import { type Steps, workCounter } from '../steps';
import type { ShapedStats } from './block-shapes';
import { CLASS_POINTS, classWeight } from './class-weight';
import { isByline } from './is-byline';
import { isAdLabel, isCallToAction } from './is-call-to-action';
import { hasChromeName } from './is-page-chrome';
import { isPanel } from './is-panel';
import { isVoter } from './score-candidates';
import { linkDensity } from './stats-queries';

/** Containers that may be taken out whole. */
const CONTAINERS = /^(?:DIV|SECTION|[OUD]L|TABLE|FORM|FIELDSET|ASIDE|HEADER|NAV|FOOTER|MENU)$/;
const LISTS = /^[OUD]L$/i;
/** A list's items and a table's cells belong to their list or table, which is judged whole: a link there is an entry. */
const CELLS = /^(?:LI|D[TD]|T[DH])$/;
/** A container with this many commas is prose, whatever else is in it. */
const PROSE_COMMAS = 10;
/** Link shares past which a block is a list of links rather than text that cites some. */
const MAX_LINKS = 0.2;
const MAX_LINKS_STORY_CLASS = 0.5;
const MAX_LINKS_LIST = 0.5;
/** A block whose own words are nearly all links ("Read more: …", a run of headlines) points to other stories. */
const LINK_LINE_SHARE = 0.8;
/** Never take out a block holding this share of its part's text. */
const BULK_SHARE = 0.5;
const ELEMENTS_PER_STEP = 300;
/** A list of this many items with headings of their own is slides or teasers, not the story's points. */
const HEADED_ITEMS = 4;
/** Text the story keeps beside such a list for the list to go, however long it is. */
const STORY_BESIDE = 1000;

function isSlides(stats: ShapedStats, i: number): boolean {
  return (stats.headings[i] as number) >= HEADED_ITEMS && LISTS.test((stats.elements[i] as Element).tagName);
}

/** Indexes of the elements inside the parts that are not the story's. */
export function* trimBodySteps(stats: ShapedStats, parts: readonly number[]): Steps<number[]> {
  const out: number[] = [];
  const pause = workCounter(ELEMENTS_PER_STEP);
  for (const part of parts) {
    const partChars = stats.chars[part] as number;
    const end = part + (stats.size[part] as number);
    for (let i = part + 1; i <= end; i++) {
      if (pause()) yield;
      if (stats.chrome[i]) continue;
      const slides = isSlides(stats, i);
      if (
        slides
          ? partChars - (stats.chars[i] as number) < STORY_BESIDE
          : (stats.chars[i] as number) > partChars * BULK_SHARE
      )
        continue;
      if (!slides && !isBoilerplate(stats, i)) continue;
      out.push(i);
      i += stats.size[i] as number;
    }
  }
  return out;
}

export function isBoilerplate(stats: ShapedStats, i: number): boolean {
  const el = stats.elements[i] as Element;
  const chars = stats.chars[i] as number;
  if (chars === 0) return false;
  const tag = el.tagName.toUpperCase();
  const density = linkDensity(stats, i);
  if (hasChromeName(el) || isAdLabel(stats, i) || isByline(stats, i)) return true;
  if (!CONTAINERS.test(tag) && !tag.includes('-')) return !CELLS.test(tag) && isLinkLine(stats, i);
  if (isCallToAction(stats, i) || isPanel(stats, i)) return true;
  const weight = classWeight(el);
  if (weight < 0) return true;
  if ((stats.commas[i] as number) >= PROSE_COMMAS) return false;
  if (LISTS.test(tag)) return density > MAX_LINKS_LIST;
  return weight >= CLASS_POINTS ? density > MAX_LINKS_STORY_CLASS : density > MAX_LINKS;
}

function isLinkLine(stats: ShapedStats, i: number): boolean {
  const chars = stats.chars[i] as number;
  return (
    (stats.ownLinks[i] as number) > chars * LINK_LINE_SHARE && stats.ownChars[i] === chars && !headsProse(stats, i)
  );
}

/**
 * A heading that is a link heads a part of the story when the next text after it is prose (a list article's
 * items, a document's sections linked from its contents); a teaser's headline is followed by more links.
 */
function headsProse(stats: ShapedStats, i: number): boolean {
  if (!((stats.headings[i] as number) > 0)) return false;
  let next = i + (stats.size[i] as number);
  while (stats.chars[++next] === 0);
  return next < stats.elements.length && isVoter(stats, next);
}
