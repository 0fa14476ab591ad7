/**
 * The reader's pointer, scroll, selection and Escape key, turned into what the
 * card needs to know. Only events the browser made count (isTrusted): a page
 * script that makes up events opens and closes no card.
 */
import type { ReadingActivity } from '../highlight/reading-activity';

/** A touch that moves further than this, in CSS pixels, is a scroll or a drag, not a tap. */
const TAP_SLOP_PX = 10;
/** A touch held longer than this is a press (the browser's own menu), not a tap. */
const TAP_MAX_MS = 600;

export interface ReaderHandlers {
  /** A mouse or pen moved; at most one call per animation frame, with the latest move. */
  moved(event: PointerEvent): void;
  /** A finger tapped the screen, without moving or holding. */
  tapped(event: PointerEvent): void;
  /** A mouse or pen button went down somewhere. */
  pressed(event: PointerEvent): void;
  /** The reader scrolled, or a selection changed to more than a caret. */
  busy(): void;
  scrolled(): void;
  escape(): void;
}

export interface ReaderInputDeps {
  doc: Document;
  requestFrame(fn: () => void): number;
  cancelFrame(id: number): void;
}

export function listenToReader(
  { doc, requestFrame, cancelFrame }: ReaderInputDeps,
  activity: ReadingActivity,
  handlers: ReaderHandlers,
  signal: AbortSignal,
): void {
  let latest: PointerEvent | null = null;
  let frame = 0;
  let touch: { id: number; x: number; y: number; at: number } | null = null;
  const onFrame = () => {
    frame = 0;
    if (latest) handlers.moved(latest);
  };
  const trusted =
    <E extends Event>(fn: (event: E) => void) =>
    (event: Event) =>
      event.isTrusted && fn(event as E);
  const passive = { passive: true, signal };
  const early = { passive: true, capture: true, signal };
  // Only the latest move in a frame matters; a burst of moves costs one hit test. A finger's moves are a scroll.
  const onMove = (event: PointerEvent) => {
    if (event.pointerType === 'touch') return;
    latest = event;
    if (frame === 0) frame = requestFrame(onFrame);
  };
  doc.addEventListener('pointermove', trusted(onMove), passive);
  doc.addEventListener(
    'pointerdown',
    trusted<PointerEvent>((event) => {
      if (event.pointerType === 'touch') {
        touch = { id: event.pointerId, x: event.clientX, y: event.clientY, at: event.timeStamp };
        return;
      }
      if (event.button === 0) activity.pressed();
      handlers.pressed(event);
    }),
    early,
  );
  doc.addEventListener(
    'pointerup',
    trusted<PointerEvent>((event) => {
      if (event.pointerType !== 'touch') return activity.released();
      const start = touch;
      touch = null;
      if (!start || start.id !== event.pointerId) return;
      const still = Math.hypot(event.clientX - start.x, event.clientY - start.y) <= TAP_SLOP_PX;
      if (still && event.timeStamp - start.at <= TAP_MAX_MS) handlers.tapped(event);
    }),
    early,
  );
  // The browser took the touch over (a scroll or a zoom), or a drag ended outside the window.
  const cancel = () => {
    touch = null;
    activity.released();
  };
  doc.addEventListener('pointercancel', trusted(cancel), passive);
  const scrolled = () => {
    activity.scrolled();
    handlers.busy();
    handlers.scrolled();
  };
  // Capture: scrolls of the page's inner panes do not bubble, but do pass the document on the way down.
  doc.addEventListener('scroll', trusted(scrolled), early);
  doc.addEventListener('wheel', trusted(scrolled), passive);
  const selected = () => {
    const collapsed = doc.getSelection()?.isCollapsed ?? true;
    activity.selectionChanged(collapsed);
    if (!collapsed) handlers.busy();
  };
  doc.addEventListener('selectionchange', trusted(selected), passive);
  const onKey = (event: KeyboardEvent) => event.key === 'Escape' && handlers.escape();
  doc.addEventListener('keydown', trusted(onKey), { signal });
  signal.addEventListener('abort', () => cancelFrame(frame), { once: true });
}
