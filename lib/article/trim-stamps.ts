/**
 * Takes the time stamps out of what the read keeps below the root: the
 * "Published … | Updated …" lines between the headline and the story and at
 * the head of its blocks. A stamp is a block of its own, or an inline element
 * around a <time> that stands on its own line between blocks ("Updated
 * <time>…</time>" after a byline); a time inside a sentence stays. Walked in
 * steps, skipping what is already left out.
 */
import type { Steps } from '../steps';
import { isBlockElement } from '../text/element-kinds';
import { isStampText, isTimestamp, MAX_STAMP_CHARS } from './is-timestamp';
import type { PageStats } from './page-stats';

const ELEMENTS_PER_STEP = 300;
/** Time elements looked at: a story has a few; a page with hundreds has them in comments and lists. */
const MAX_TIMES = 40;
const TEXT_NODE = 3;

export function* trimStampsSteps(stats: PageStats, root: number, excluded: readonly number[]): Steps<Element[]> {
  const skipped = new Set(excluded);
  const out: Element[] = [];
  const end = root + (stats.size[root] ?? 0);
  for (let i = root + 1, seen = 0; i <= end; i++) {
    if (++seen % ELEMENTS_PER_STEP === 0) yield;
    if (skipped.has(i) || stats.chrome[i]) {
      i += stats.size[i] ?? 0;
      continue;
    }
    if (!isTimestamp(stats, i)) continue;
    out.push(stats.elements[i] as Element);
    i += stats.size[i] ?? 0;
  }
  const rootElement = stats.elements[root] as Element;
  const times = rootElement.getElementsByTagName('time');
  for (let t = 0; t < times.length && t < MAX_TIMES; t++) {
    const stamp = inlineStamp(times[t] as Element, rootElement);
    if (stamp) out.push(stamp);
  }
  return out;
}

/** The inline element around a <time>, when it stands on its own line and holds only a stamp. */
function inlineStamp(time: Element, root: Element): Element | null {
  let el = time;
  for (let p = el.parentElement; p && p !== root && !isBlockElement(p); p = p.parentElement) el = p;
  if (isBlockElement(el) || !standsAlone(el)) return null;
  const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
  return text.length <= MAX_STAMP_CHARS && isStampText(text) ? el : null;
}

function standsAlone(el: Element): boolean {
  for (const sibling of [el.previousSibling, el.nextSibling])
    if (sibling?.nodeType === TEXT_NODE && (sibling.textContent ?? '').trim() !== '') return false;
  return true;
}
