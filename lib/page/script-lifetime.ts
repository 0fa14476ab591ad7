/**
 * How long the content script runs, decided by the extension alone. WXT's ContentScriptContext ends a script when
 * an event named `<extension id>:content:wxt:content-script-started` reaches `document`, which it shares with the
 * page: any page can fire that event and switch Backstory off on itself (the id of a store extension is public).
 * The content script is therefore built without that context (see entrypoints/content-script/index.ts), and this
 * lifetime listens to nothing the page can reach:
 * - the extension's runtime: its id is gone once the extension was reloaded, updated or removed, and Chrome leaves
 *   the old script running without telling it (Firefox unloads it); every timer and card asks first;
 * - a newer copy of the script in the same isolated world (the background starts one in tabs of a site switched
 *   back on; Chrome gives a reloaded extension the same world), which ends the copy before it through the world's
 *   own global object, out of the page's reach.
 */
import type { Lifetime } from './scheduler';

export interface ScriptLifetime extends Lifetime {
  /** Aborted when the script ends: every listener, watcher and timer of the session ends with it. */
  readonly signal: AbortSignal;
  onInvalidated(callback: () => void): void;
}

export interface LifetimeDeps {
  /** The extension's runtime; `id` reads as undefined once the extension is gone. */
  runtime: { readonly id?: string };
  /** The content script's own global object: shared by copies of the script, never by the page. */
  world: object;
}

const RUNNING = Symbol.for('backstory.content-script.end');

type World = { [RUNNING]?: () => void };

export function scriptLifetime({ runtime, world }: LifetimeDeps): ScriptLifetime {
  const controller = new AbortController();
  const end = () => controller.abort();
  const slot = world as World;
  slot[RUNNING]?.();
  slot[RUNNING] = end;
  controller.signal.addEventListener('abort', () => {
    if (slot[RUNNING] === end) delete slot[RUNNING];
  });
  return {
    get isValid() {
      if (runtime.id == null) end();
      return !controller.signal.aborted;
    },
    signal: controller.signal,
    onInvalidated(callback) {
      controller.signal.addEventListener('abort', callback, { once: true });
    },
  };
}
