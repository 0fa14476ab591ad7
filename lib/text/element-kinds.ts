/** What kind of element a node is, for the purpose of reading article text. */
import { parentAcrossShadows } from './shadow-tree';

/** Elements whose text is never part of an article's prose. */
const SKIPPED_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'BUTTON',
  'CODE',
  'PRE',
  'KBD',
  'SAMP',
  'SVG',
  'MATH',
  'IFRAME',
  'OBJECT',
  'CANVAS',
]);

/** Elements that break text into separate blocks. */
const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'DD',
  'DETAILS',
  'DIALOG',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TD',
  'TH',
  'TR',
  'UL',
]);

/**
 * Backstory's own UI host is a plain div marked with this attribute, which every walk leaves out. Not a custom
 * element: a page may define any custom-element name before we create it, and an element built from its class
 * hands the page our closed shadow root (attachInternals). No page can define or upgrade a div we create.
 */
export const UI_HOST_TAG = 'div';
export const UI_HOST_ATTRIBUTE = 'data-backstory-ui';
/** Finds the host, for tools and tests; the content script itself keeps hold of the element it made. */
export const UI_HOST_SELECTOR = `${UI_HOST_TAG}[${UI_HOST_ATTRIBUTE}]`;

export function isBlockElement(el: Element): boolean {
  return BLOCK_TAGS.has(el.tagName.toUpperCase());
}

export function shouldSkipElement(el: Element): boolean {
  return isUnreadable(el) || el.hasAttribute('hidden');
}

/**
 * Whether an element is, or sits inside, a place whose text is never ours to mark: a form
 * field, code, an editor, or our own UI. A walk starts below its root, so the root and its
 * ancestors need this check: an article inside an editor, or a code block added on its own.
 */
export function isInsideUnreadable(el: Element): boolean {
  if ((el.ownerDocument as Document & { designMode?: string }).designMode === 'on') return true;
  for (let node: Element | null = el; node; node = parentAcrossShadows(node)) if (isUnreadable(node)) return true;
  return false;
}

/** A form field, code, an editor or our own UI: this element alone, not its ancestors. */
export function isUnreadable(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if (SKIPPED_TAGS.has(tag) || el.hasAttribute(UI_HOST_ATTRIBUTE)) return true;
  // Script-driven editors that draw their own caret mark themselves as text boxes.
  if (el.getAttribute('role')?.toLowerCase() === 'textbox') return true;
  const editable = el.getAttribute('contenteditable');
  return editable !== null && editable.toLowerCase() !== 'false';
}
