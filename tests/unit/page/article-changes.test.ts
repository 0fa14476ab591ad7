import { describe, expect, it } from 'vitest';
import { readChanges } from '../../../lib/page/article-changes';

const OPTIONS: MutationObserverInit = {
  childList: true,
  subtree: true,
  characterData: true,
  attributeFilter: ['contenteditable', 'hidden'],
};

function page(html: string): { doc: Document; root: Element } {
  const doc = new DOMParser().parseFromString(`<body><main><article>${html}</article></main></body>`, 'text/html');
  return { doc, root: doc.querySelector('article') as Element };
}

/** The records a change to the page brings, read as the session's watcher reads them. */
function changesOf(root: Element, change: () => void) {
  const observer = new MutationObserver(() => undefined);
  observer.observe(root, OPTIONS);
  for (let node = root.parentNode; node; node = node.parentNode) observer.observe(node, { childList: true });
  change();
  const records = observer.takeRecords();
  observer.disconnect();
  return readChanges(records, root);
}

const el = (doc: Document, tag: string, text: string, attrs: Record<string, string> = {}) => {
  const node = doc.createElement(tag);
  node.textContent = text;
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  return node;
};

describe('readChanges', () => {
  it('reads an added paragraph alone, and only the outermost of nested additions', () => {
    const { doc, root } = page('<p>Old text.</p>');
    const post = doc.createElement('div');
    const changes = changesOf(root, () => {
      root.append(post);
      post.append(el(doc, 'p', 'Pedro Nuno Santos spoke in Porto.'));
    });
    expect(changes.regions).toEqual([post]);
    expect(changes).toMatchObject({ touched: false, rootMoved: false });
  });

  it('reads an inline element or a text edit with its whole paragraph, and marks the edit', () => {
    const { doc, root } = page('<p id="p">Luís Montenegro voted in Espinho.</p>');
    const p = doc.getElementById('p') as Element;
    expect(changesOf(root, () => p.append(el(doc, 'b', ' Porto')))).toMatchObject({ regions: [p], touched: false });
    const edit = changesOf(root, () => {
      (p.firstChild as Text).data = 'Luís Montenegro voted in Lisbon.';
    });
    expect(edit).toMatchObject({ regions: [p], touched: true });
  });

  it('marks a removal, with nothing to read', () => {
    const { doc, root } = page('<p id="p">Luís Montenegro voted in Espinho.</p>');
    const changes = changesOf(root, () => doc.getElementById('p')?.remove());
    expect(changes).toEqual({ regions: [], touched: true, rootMoved: false });
  });

  it('leaves out our own UI, page chrome, editors, form fields and code', () => {
    const { doc, root } = page('<aside id="rail"></aside><div contenteditable="true" id="editor"><p>Draft</p></div>');
    const changes = changesOf(root, () => {
      root.append(el(doc, 'div', 'Card for Angela Merkel', { 'data-backstory-ui': '' }));
      doc.getElementById('rail')?.append(el(doc, 'p', 'Related: Angela Merkel in Berlin'));
      doc.getElementById('editor')?.append(el(doc, 'p', 'Angela Merkel typed here'));
      root.append(el(doc, 'pre', 'Angela Merkel in a code block'));
      root.append(el(doc, 'textarea', 'Angela Merkel in a field'));
    });
    expect(changes).toEqual({ regions: [], touched: false, rootMoved: false });
  });

  it('ignores our UI host added beside the article, outside it', () => {
    const { doc, root } = page('<p>Text.</p>');
    const changes = changesOf(root, () => doc.documentElement.append(el(doc, 'div', '', { 'data-backstory-ui': '' })));
    expect(changes).toEqual({ regions: [], touched: false, rootMoved: false });
  });

  it('reads an element again when it stops being editable or hidden', () => {
    const { doc, root } = page('<div id="d" contenteditable="true"><p>Draft about Porto.</p></div>');
    const d = doc.getElementById('d') as Element;
    expect(changesOf(root, () => d.removeAttribute('contenteditable')).regions).toEqual([d]);
    expect(changesOf(root, () => d.setAttribute('hidden', '')).regions).toEqual([d]);
  });

  it('says when the root left the page or was moved in it', () => {
    const { root } = page('<p>Text.</p>');
    expect(changesOf(root, () => root.remove()).rootMoved).toBe(true);
    const again = page('<p>Text.</p>');
    const section = again.doc.createElement('section');
    const moved = changesOf(again.root, () => {
      again.doc.body.append(section);
      section.append(again.root);
    });
    expect(moved.rootMoved).toBe(true);
  });
});
