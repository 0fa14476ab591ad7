import { describe, expect, it } from 'vitest';
import { collectText, locateOffset } from '../../../lib/text/collect-text';

function dom(html: string): Element {
  const doc = new DOMParser().parseFromString(`<body><div id="root">${html}</div></body>`, 'text/html');
  return doc.getElementById('root') as Element;
}

describe('collectText', () => {
  it('keeps paragraphs apart so their words never join into one name', () => {
    const { text } = collectText(dom('<p>Maks Boqaev</p><p>Atyrau is a city</p>'));
    expect(text).toBe('Maks Boqaev\nAtyrau is a city');
  });

  it('joins inline elements without a break', () => {
    const { text } = collectText(dom('<p><b>Maks</b> <i>Boqaev</i> spoke</p>'));
    expect(text).toBe('Maks Boqaev spoke');
  });

  it('parts a lower-case word from a capitalised one that runs into it from another element', () => {
    expect(collectText(dom('<p><span>Credit</span>Chang W. Lee</p>')).text).toBe('Credit\nChang W. Lee');
    expect(collectText(dom('<p>Nazar<b>baev</b> and Mc<i>Hugh</i></p>')).text).toBe('Nazarbaev and Mc\nHugh');
  });

  it('leaves out scripts, styles, form fields, code, editable regions and our own UI', () => {
    const root = dom(
      '<p>Kept</p><script>var Secret = 1</script><style>.X{}</style><textarea>Typed Text</textarea>' +
        '<pre>Code Block</pre><div contenteditable="true">Draft Name</div><div data-backstory-ui>Card Name</div>',
    );
    expect(collectText(root).text).toBe('Kept');
  });

  it('reads nothing when the element given is itself, or sits inside, an editor, a text box or code', () => {
    const root = dom(
      '<pre id="code">Angela Merkel</pre><div contenteditable><p id="draft">Angela Merkel</p></div>' +
        '<div role="textbox"><p id="box">Angela Merkel</p></div><p id="prose">Angela Merkel</p>',
    );
    const byId = (id: string) => root.querySelector(`#${id}`) as Element;
    for (const id of ['code', 'draft', 'box']) expect(collectText(byId(id)).text, id).toBe('');
    expect(collectText(byId('prose')).text).toBe('Angela Merkel');
  });

  it('honours an extra skip rule', () => {
    const root = dom('<p>Body text</p><aside><p>Rail text</p></aside>');
    expect(collectText(root, { skip: (el) => el.tagName === 'ASIDE' }).text).toBe('Body text');
  });

  it('maps offsets in the joined text back to the right node and offset', () => {
    const index = collectText(dom('<p>The <b>European</b> Union</p><p>Astana</p>'));
    const start = index.text.indexOf('European');
    const end = index.text.indexOf('Union') + 'Union'.length;
    const a = locateOffset(index, start);
    const b = locateOffset(index, end, true);
    expect(a?.node.data).toBe('European');
    expect(a?.offset).toBe(0);
    expect(b?.node.data).toBe(' Union');
    expect(b?.offset).toBe(6);
    const astana = locateOffset(index, index.text.indexOf('Astana'));
    expect(astana?.node.data).toBe('Astana');
  });

  it('finds nothing for offsets on the block breaks it inserted or beyond the text', () => {
    const index = collectText(dom('<p>One</p><p>Two</p>'));
    expect(locateOffset(index, 3)).toBeNull();
    expect(locateOffset(index, 100)).toBeNull();
  });
});
