import { describe, expect, it, vi } from 'vitest';
import { boundScheduler } from '../../../lib/page/scheduler';
import { ROOT_CHECK_MS, watchForRoot } from '../../../lib/page/watch-for-root';

const LONG = 'Leaders of the Nordic countries agreed in Reykjavik on Tuesday to pool money for research on sea ice. ';

function article(): HTMLElement {
  const el = document.createElement('article');
  for (let i = 0; i < 8; i++) {
    const p = document.createElement('p');
    p.textContent = LONG;
    el.append(p);
  }
  return el;
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('watchForRoot', () => {
  it('finds an article an app shell adds later, once', async () => {
    document.body.replaceChildren(document.createElement('main'));
    const controller = new AbortController();
    const found = vi.fn();
    const scheduler = boundScheduler(window, { isValid: true });
    watchForRoot(document, null, { win: window, scheduler, signal: controller.signal }, found);
    const spinner = document.createElement('div');
    document.body.append(spinner);
    await wait(ROOT_CHECK_MS + 50);
    expect(found).not.toHaveBeenCalled();
    document.querySelector('main')?.append(article());
    await vi.waitFor(() => expect(found).toHaveBeenCalledTimes(1), { timeout: 2000 });
    document.body.append(article());
    await wait(ROOT_CHECK_MS + 50);
    expect(found).toHaveBeenCalledTimes(1);
    controller.abort();
  });

  it('ignores what is added inside the current root, and stops with its signal', async () => {
    const current = article();
    document.body.replaceChildren(current);
    const controller = new AbortController();
    const found = vi.fn();
    const scheduler = boundScheduler(window, { isValid: true });
    watchForRoot(document, current, { win: window, scheduler, signal: controller.signal }, found);
    current.append(article());
    await wait(ROOT_CHECK_MS + 50);
    expect(found).not.toHaveBeenCalled();
    controller.abort();
    document.body.append(article(), article());
    await wait(ROOT_CHECK_MS + 50);
    expect(found).not.toHaveBeenCalled();
  });
});
