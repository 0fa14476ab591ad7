/** What Tab can reach in the card: its buttons, and anything given a place in the tab order. */
const FOCUSABLE = 'button:not([disabled]), [tabindex="0"]';

/**
 * Keeps Tab inside the card while focus is in it: from the last control to the first, and with Shift from the first
 * (or the heading, which takes focus when the card opens) to the last. Says whether it moved focus itself.
 */
export function cycleFocus(card: HTMLElement, backwards: boolean): boolean {
  const controls = [...card.querySelectorAll<HTMLElement>(FOCUSABLE)];
  const first = controls[0];
  const last = controls.at(-1);
  if (!first || !last) return false;
  const root = card.getRootNode() as Document | ShadowRoot;
  const active = root.activeElement;
  const atStart = active === first || (active instanceof HTMLElement && !controls.includes(active));
  if (backwards && atStart) {
    last.focus();
    return true;
  }
  if (!backwards && active === last) {
    first.focus();
    return true;
  }
  return false;
}
