import { describe, expect, it } from 'vitest';
import { cardHost } from '../../../components/card/card-host';
import type { CardOpen } from '../../../lib/page/card-presenter';
import { createUiHost } from '../../../lib/page/ui-host';

describe('createUiHost', () => {
  it('makes a plain div, marked as ours, whose closed root the page cannot reach', () => {
    const made = createUiHost(document, window);
    if (!made) throw new Error('no host');
    expect(Object.getPrototypeOf(made.host)).toBe(HTMLDivElement.prototype);
    expect(made.host.hasAttribute('data-backstory-ui')).toBe(true);
    expect(made.shadow.mode).toBe('closed');
    expect(made.host.shadowRoot).toBeNull();
    // Only custom elements have internals: the way in that a page-defined host gave is shut.
    expect(() => made.host.attachInternals()).toThrow();
  });

  it('refuses an element the document built from a class of its own', () => {
    class Squatter extends HTMLElement {}
    customElements.define('squatter-host', Squatter);
    const squatting = new Proxy(document, {
      get: (target, key) =>
        key === 'createElement' ? () => target.createElement('squatter-host') : Reflect.get(target, key, target),
    });
    expect(createUiHost(squatting, window)).toBeNull();
  });

  it('refuses an element that already has a shadow root', () => {
    const rooted = new Proxy(document, {
      get: (target, key) =>
        key === 'createElement'
          ? () => {
              const div = target.createElement('div');
              div.attachShadow({ mode: 'open' });
              return div;
            }
          : Reflect.get(target, key, target),
    });
    expect(createUiHost(rooted, window)).toBeNull();
  });
});

describe('cardHost', () => {
  it('adds nothing to the page and shows no card when the host is refused', () => {
    class Squatter extends HTMLElement {}
    customElements.define('squatter-card', Squatter);
    const squatting = new Proxy(document, {
      get: (target, key) =>
        key === 'createElement'
          ? (tag: string) => target.createElement(tag === 'div' ? 'squatter-card' : tag)
          : Reflect.get(target, key, target),
    });
    const before = document.documentElement.childElementCount;
    const presenter = cardHost({
      doc: squatting,
      win: window,
      t: (key) => key,
      dir: 'ltr',
      css: '',
      onRemove: () => undefined,
    });
    presenter.show({} as CardOpen);
    expect(document.documentElement.childElementCount).toBe(before);
    expect(document.querySelector('squatter-card')).toBeNull();
  });
});
