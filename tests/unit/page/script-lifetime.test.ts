import { describe, expect, it } from 'vitest';
import { scriptLifetime } from '../../../lib/page/script-lifetime';

const runtime = () => ({ id: 'backstory-id' as string | undefined });

describe('scriptLifetime', () => {
  it('lasts while the extension does, and ends everything when the runtime has gone', () => {
    const rt = runtime();
    const life = scriptLifetime({ runtime: rt, world: {} });
    const ended: string[] = [];
    life.onInvalidated(() => ended.push('card host'));
    expect(life.isValid).toBe(true);
    expect(life.signal.aborted).toBe(false);
    // What Chrome does to a script whose extension was reloaded, updated or removed.
    rt.id = undefined;
    expect(life.isValid).toBe(false);
    expect(life.signal.aborted).toBe(true);
    expect(ended).toEqual(['card host']);
  });

  it('is ended by a newer copy of the script in its own world, and by nothing in another', () => {
    const world = {};
    const first = scriptLifetime({ runtime: runtime(), world });
    const elsewhere = scriptLifetime({ runtime: runtime(), world: {} });
    const second = scriptLifetime({ runtime: runtime(), world });
    expect(first.isValid).toBe(false);
    expect([second.isValid, elsewhere.isValid]).toEqual([true, true]);
    const third = scriptLifetime({ runtime: runtime(), world });
    expect([second.isValid, third.isValid]).toEqual([false, true]);
  });

  it('cannot be ended from the page: no event on the document reaches it', () => {
    const life = scriptLifetime({ runtime: runtime(), world: {} });
    for (const type of [
      'backstory-id:content:wxt:content-script-started',
      'backstory-id:content-script:wxt:content-script-started',
      'backstory.content-script.end',
    ]) {
      const detail = { contentScriptName: 'content', messageId: 'forged' };
      document.dispatchEvent(new CustomEvent(type, { detail }));
      window.dispatchEvent(new CustomEvent(type, { detail }));
      window.postMessage({ type, ...detail }, '*');
    }
    expect(life.isValid).toBe(true);
  });
});
