import { describe, expect, it } from 'vitest';
import { collectText, locateOffset } from '../../../lib/text/collect-text';

function article(): HTMLElement {
  const root = document.createElement('article');
  const intro = document.createElement('p');
  intro.textContent = 'Protesters gathered in Atyrau.';
  const quote = document.createElement('pull-quote');
  // Open: the page's own scripts, and ours, may read it. A closed one is the component's alone.
  const shadow = quote.attachShadow({ mode: 'open' });
  const said = document.createElement('p');
  said.textContent = 'Max Bokayev spoke first.';
  const editor = document.createElement('textarea');
  editor.value = 'Draft by Jane Roe';
  editor.textContent = 'Draft by Jane Roe';
  shadow.append(said, editor);
  const closed = document.createElement('secret-box');
  closed.attachShadow({ mode: 'closed' }).append('Hidden Name lives here.');
  const outro = document.createElement('p');
  outro.textContent = 'Kassym-Jomart Tokayev replied.';
  root.append(intro, quote, closed, outro);
  document.body.append(root);
  return root;
}

describe('reading web components in the article', () => {
  it('reads the text of open shadow roots, apart from its neighbours, and maps it back to their nodes', () => {
    const root = article();
    const index = collectText(root);
    expect(index.text).toBe('Protesters gathered in Atyrau.\nMax Bokayev spoke first.\nKassym-Jomart Tokayev replied.');
    const at = index.text.indexOf('Bokayev');
    const found = locateOffset(index, at);
    expect(found?.node.data).toBe('Max Bokayev spoke first.');
    expect(found?.node.getRootNode()).toBeInstanceOf(ShadowRoot);
    root.remove();
  });

  it('still leaves out form fields inside a component, and never reads a closed shadow root', () => {
    const root = article();
    const { text } = collectText(root);
    expect(text).not.toContain('Jane Roe');
    expect(text).not.toContain('Hidden Name');
    root.remove();
  });
});
