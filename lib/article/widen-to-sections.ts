/**
 * A story split into sections between figures and pull quotes ("postBody" >
 * several "content" blocks) is read whole: the densest block climbs to an
 * ancestor whose paragraphs add a good share of prose, as long as that
 * ancestor is not mostly links.
 */
import type { Steps } from '../steps';
import { linkShareSteps, proseLengthSteps, textLengthSteps } from './prose';

/** How far up a story split into sections is looked for, and what its sections must add. */
const MAX_CLIMB = 6;
const MIN_SECTION_GAIN = 1.15;
const MAX_LINK_SHARE = 0.25;
const MIN_DENSITY_KEPT = 0.5;

export function* widenToSections(block: Element, body: Element): Steps<Element> {
  let root = block;
  let rootProse = yield* proseLengthSteps(block);
  // A stream of other stories adds prose too, but drowned in everything else around it.
  const minDensity = (rootProse / (yield* textLength(block))) * MIN_DENSITY_KEPT;
  let el = block.parentElement;
  for (let i = 0; el && el !== body && i < MAX_CLIMB; i++, el = el.parentElement) {
    const prose = yield* proseLengthSteps(el);
    if (prose < rootProse * MIN_SECTION_GAIN || (yield* linkShareSteps(el)) > MAX_LINK_SHARE) continue;
    if (prose / (yield* textLength(el)) < minDensity) break;
    [root, rootProse, i] = [el, prose, 0];
  }
  return root;
}

function* textLength(el: Element): Steps<number> {
  return Math.max(1, yield* textLengthSteps(el));
}
