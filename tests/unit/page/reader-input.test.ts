import { afterEach, describe, expect, it, vi } from 'vitest';
import { ReadingActivity } from '../../../lib/highlight/reading-activity';
import { listenToReader, type ReaderHandlers } from '../../../lib/page/reader-input';

/** An event as the browser makes it; happy-dom's own are untrusted, as a page script's are. */
function browserEvent<E extends Event>(event: E, timeStamp?: number): E {
  Object.defineProperty(event, 'isTrusted', { value: true });
  if (timeStamp !== undefined) Object.defineProperty(event, 'timeStamp', { value: timeStamp });
  return event;
}
const pointer = (type: string, init: PointerEventInit, at?: number) =>
  browserEvent(new PointerEvent(type, { bubbles: true, pointerId: 1, ...init }), at);

function setup() {
  const controller = new AbortController();
  let now = 0;
  const activity = new ReadingActivity(() => now);
  const handlers: { [K in keyof ReaderHandlers]: ReturnType<typeof vi.fn> } = {
    moved: vi.fn(),
    tapped: vi.fn(),
    pressed: vi.fn(),
    busy: vi.fn(),
    scrolled: vi.fn(),
    escape: vi.fn(),
  };
  const frames: (() => void)[] = [];
  listenToReader(
    { doc: document, requestFrame: (fn) => frames.push(fn), cancelFrame: () => {} },
    activity,
    handlers as unknown as ReaderHandlers,
    controller.signal,
  );
  return { handlers, activity, frames, controller, setNow: (t: number) => (now = t) };
}

let stop = () => {};
afterEach(() => stop());

describe('the reader’s input', () => {
  it('counts a quick, still touch as a tap, and not a drag, a long press or a touch the browser took over', () => {
    const { handlers, controller } = setup();
    stop = () => controller.abort();
    const touch = { pointerType: 'touch', clientX: 100, clientY: 50 };
    document.body.dispatchEvent(pointer('pointerdown', touch, 1000));
    document.body.dispatchEvent(pointer('pointerup', { ...touch, clientX: 104 }, 1150));
    expect(handlers.tapped).toHaveBeenCalledOnce();

    document.body.dispatchEvent(pointer('pointerdown', touch, 2000));
    document.body.dispatchEvent(pointer('pointerup', { ...touch, clientY: 90 }, 2100));
    document.body.dispatchEvent(pointer('pointerdown', touch, 3000));
    document.body.dispatchEvent(pointer('pointerup', touch, 3900));
    document.body.dispatchEvent(pointer('pointerdown', touch, 4000));
    document.body.dispatchEvent(browserEvent(new PointerEvent('pointercancel', { bubbles: true, pointerId: 1 })));
    document.body.dispatchEvent(pointer('pointerup', touch, 4050));
    expect(handlers.tapped).toHaveBeenCalledOnce();
    // A finger's moves scroll the page; they are not a pointer resting on a name.
    document.body.dispatchEvent(pointer('pointermove', touch));
    expect(handlers.moved).not.toHaveBeenCalled();
  });

  it('holds cards back while a mouse button is down and after a scroll', () => {
    const { handlers, activity, controller, setNow } = setup();
    stop = () => controller.abort();
    document.body.dispatchEvent(pointer('pointerdown', { pointerType: 'mouse', button: 0 }));
    expect(handlers.pressed).toHaveBeenCalledOnce();
    expect(activity.busy).toBe(true);
    document.body.dispatchEvent(pointer('pointerup', { pointerType: 'mouse', button: 0 }));
    expect(activity.busy).toBe(false);
    document.dispatchEvent(browserEvent(new Event('scroll')));
    expect(handlers.busy).toHaveBeenCalledOnce();
    expect(handlers.scrolled).toHaveBeenCalledOnce();
    expect(activity.busy).toBe(true);
    setNow(1000);
    expect(activity.busy).toBe(false);
  });

  it('hit-tests mouse moves once a frame, with the latest move', () => {
    const { handlers, frames, controller } = setup();
    stop = () => controller.abort();
    for (const x of [1, 2, 3])
      document.body.dispatchEvent(pointer('pointermove', { pointerType: 'mouse', clientX: x }));
    expect(frames).toHaveLength(1);
    frames[0]?.();
    expect(handlers.moved).toHaveBeenCalledOnce();
    expect(handlers.moved.mock.calls[0]).toEqual([expect.objectContaining({ clientX: 3 })]);
  });

  it('ignores events a page script makes up, and listens to nothing once stopped', () => {
    const { handlers, activity, controller } = setup();
    document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, pointerType: 'mouse' }));
    document.body.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, key: 'Escape' }));
    document.dispatchEvent(new Event('scroll'));
    expect(activity.busy).toBe(false);
    expect(handlers.escape).not.toHaveBeenCalled();
    document.body.dispatchEvent(browserEvent(new KeyboardEvent('keydown', { bubbles: true, key: 'Escape' })));
    expect(handlers.escape).toHaveBeenCalledOnce();
    controller.abort();
    document.body.dispatchEvent(browserEvent(new KeyboardEvent('keydown', { bubbles: true, key: 'Escape' })));
    expect(handlers.escape).toHaveBeenCalledOnce();
  });
});
