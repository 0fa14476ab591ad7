/**
 * Takes the reader to a mention chosen on the card: scrolls it to the middle of
 * the window, flashes it, and reports where it is on each frame until it stops
 * moving. The card is fixed to the viewport, so without those reports it would
 * stay where the old mention was while the page scrolls away beneath it.
 */
import { flashRange } from './flash-range';
import type { Scheduler } from './scheduler';

/** Frames without movement that mean the scroll has ended. */
const STILL_FRAMES = 6;
/** A smooth scroll ends well within this; a page that keeps moving the text is not followed for ever. */
const MAX_FRAMES = 120;

/** Returns a function that stops following, for when the card closes or moves on. */
export function followMention(
  win: Window,
  range: Range,
  scheduler: Scheduler,
  onMove: (rect: DOMRect) => void,
): () => void {
  // Readers who ask their system for less motion get a jump instead of a glide.
  const still = win.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: still ? 'auto' : 'smooth' });
  flashRange(win, range, scheduler);
  let frame = 0;
  let framesLeft = MAX_FRAMES;
  let stillFor = 0;
  let last = '';
  const track = () => {
    const rect = range.getBoundingClientRect();
    const where = `${rect.left},${rect.top}`;
    stillFor = where === last ? stillFor + 1 : 0;
    if (where !== last) onMove(rect);
    last = where;
    framesLeft--;
    frame = stillFor < STILL_FRAMES && framesLeft > 0 ? scheduler.requestFrame(track) : 0;
  };
  track();
  return () => {
    if (frame !== 0) scheduler.cancelFrame(frame);
    frame = 0;
  };
}
