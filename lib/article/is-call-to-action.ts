/**
 * Blocks shaped like a call to action rather than the story: a short block
 * with a field to type into (a newsletter sign-up, a search box), a short block
 * named as furniture, or the label an ad slot leaves behind ("Advertisement").
 * Sites put these inside the story's container and right after it, and their
 * words read like prose ("Get the morning briefing in your inbox.").
 */
import { isHiddenByMarkup } from './is-hidden';
import { hasChromeName } from './is-page-chrome';
import type { PageStats } from './page-stats';

/** A block with a field to fill and less text than this asks the reader to act; it does not tell the story. */
const CALL_TO_ACTION_CHARS = 400;
/** Fields to type into: a sign-up's address, a search. Buttons, ratings and print forms ask nothing of the reader. */
const FIELDS = 'input:not([type]),input[type=email],input[type=text],input[type=search],textarea';
/** The labels ad slots carry, in the languages of the news the extension reads. */
const AD_LABELS =
  /^(?:advert(?:isement|ising|entie)?|ads?|sponsored|anzeige|werbung|publicité|publicidade?|pubblicità|reklama|реклама|annonce|mainos|广告|広告|광고)$/iu;
const AD_LABEL_MAX_CHARS = 16;

export function isCallToAction(stats: PageStats, i: number): boolean {
  if ((stats.chars[i] as number) >= CALL_TO_ACTION_CHARS) return false;
  const el = stats.elements[i] as Element;
  return hasChromeName(el) || el.matches(FIELDS) || el.querySelector(FIELDS) !== null;
}

/** A block whose whole text is an ad slot's label. */
export function isAdLabel(stats: PageStats, i: number): boolean {
  const chars = stats.chars[i] as number;
  if (chars === 0 || chars > AD_LABEL_MAX_CHARS) return false;
  const text = visibleText(stats.elements[i] as Element)
    .trim()
    .replace(/[\s:.-]+$/u, '');
  return AD_LABELS.test(text);
}

/**
 * The text a reader sees: an ad slot's label sits beside the slot's script, whose source is text too. Read by
 * sibling pointers: a childNodes list is an object Blink keeps on each element, and one per table cell of a
 * 205,000-text-node page grew the content script's table of wrappers past a doubling, a step of 165 ms.
 */
const visibleText = (node: Node): string => {
  if (node.nodeType === 3) return (node as Text).data;
  let text = '';
  if (node.nodeType === 1 && !isHiddenByMarkup(node as Element))
    for (let child = node.firstChild; child; child = child.nextSibling) text += visibleText(child);
  return text;
};
