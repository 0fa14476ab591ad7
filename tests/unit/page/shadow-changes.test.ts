import { describe, expect, it } from 'vitest';
import { readChanges } from '../../../lib/page/article-changes';
import { collectText } from '../../../lib/text/collect-text';

const OPTIONS: MutationObserverInit = { childList: true, subtree: true, characterData: true };

/** An article with a web component whose quote lives in its open shadow root. */
function article() {
  const root = document.createElement('article');
  root.append(Object.assign(document.createElement('p'), { textContent: 'Herders met in Khovd.' }));
  const quote = document.createElement('pull-quote');
  const shadow = quote.attachShadow({ mode: 'open' });
  const said = Object.assign(document.createElement('blockquote'), { textContent: 'Tuya Batbold spoke first.' });
  shadow.append(said);
  root.append(quote);
  document.body.append(root);
  return { root, quote, shadow, said };
}

/** The records of a change, observed as the session's watcher does: the root and each shadow root a read found. */
function changesOf(root: Element, shadows: readonly ShadowRoot[], change: () => void) {
  const observer = new MutationObserver(() => undefined);
  observer.observe(root, OPTIONS);
  for (const shadow of shadows) observer.observe(shadow, OPTIONS);
  change();
  const records = observer.takeRecords();
  observer.disconnect();
  return readChanges(records, root);
}

describe('changes inside a web component of the article', () => {
  it('are found by reading the article, and read again as the whole component', () => {
    const { root, quote, shadow, said } = article();
    const { shadowRoots } = collectText(root);
    expect(shadowRoots).toEqual([shadow]);

    const edited = changesOf(root, shadowRoots ?? [], () => {
      (said.firstChild as Text).data = 'Nambaryn Enkhbayar spoke first.';
    });
    expect(edited).toEqual({ regions: [quote], touched: true, rootMoved: false });
    // Read again on its own, the component gives its shadow tree's text.
    expect(collectText(quote).text).toBe('Nambaryn Enkhbayar spoke first.');

    const added = changesOf(root, shadowRoots ?? [], () => shadow.append(document.createElement('p')));
    expect(added).toEqual({ regions: [quote], touched: false, rootMoved: false });
    root.remove();
  });

  it('are not the article’s when the component sits outside it', () => {
    const { root, shadow, said } = article();
    const outside = document.createElement('aside');
    document.body.append(outside);
    outside.append(shadow.host);
    const changes = changesOf(root, [shadow], () => {
      (said.firstChild as Text).data = 'Someone Else';
    });
    expect(changes.regions).toEqual([]);
    root.remove();
    outside.remove();
  });
});
