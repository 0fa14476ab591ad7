import { afterEach, describe, expect, it, vi } from 'vitest';
import { detectMentions } from '../../../lib/detect/detect-mentions';
import { PageSession } from '../../../lib/page/page-session';
import type { Background } from '../../../lib/page/scan-page';
import { boundScheduler } from '../../../lib/page/scheduler';
import { entitiesByForm } from '../../helpers/entities-by-form';

const PARAGRAPHS = [
  'Prime Minister Luís Montenegro voted early in Espinho and told reporters that the country needed a stable government.',
  'Turnout in Lisbon was higher than at the last general election, officials said, with long queues at polling stations.',
  'Polls have closed on the mainland. Voters in the Azores close an hour later, and the first projections are expected soon.',
  'Luís Montenegro is expected to speak in Lisbon after midnight, his party said, once the count in the Azores is complete.',
];

/** Builds the page in the test window's own document (happy-dom's ranges misread DOMParser documents). */
function showPage(html: string): Element {
  const parsed = new DOMParser().parseFromString(
    `<head><meta property="og:type" content="article"></head><body><main><article>${html}</article></main></body>`,
    'text/html',
  );
  document.head.replaceChildren(...[...parsed.head.childNodes].map((n) => document.importNode(n, true)));
  document.body.replaceChildren(...[...parsed.body.childNodes].map((n) => document.importNode(n, true)));
  return document.querySelector('article') as Element;
}

const paragraphs = (texts: string[]) => texts.map((t, i) => `<p id="p${i}">${t}</p>`).join('');

function start() {
  const controller = new AbortController();
  // As WXT's ctx: no longer valid once its signal is aborted.
  const life = {
    get isValid() {
      return !controller.signal.aborted;
    },
  };
  const asked: string[][] = [];
  const background: Background = {
    // As the background does: detection of each text, here without known terms.
    detect: async (texts) => {
      asked.push(
        texts
          .join(' ')
          .toLowerCase()
          .split(/[^\p{L}]+/u),
      );
      return texts.map((text) => detectMentions(text));
    },
    resolve: async (mentions) => entitiesByForm(mentions),
  };
  const session = new PageSession({
    doc: document,
    win: window,
    background,
    card: { show: vi.fn(), hide: vi.fn(), owns: () => false },
    scheduler: boundScheduler(window, life),
    signal: controller.signal,
    site: 'news.example',
  });
  const counts = () => Object.fromEntries(session.state().entities.map((e) => [e.name, e.mentions]));
  return { session, asked, counts, controller };
}

/** Long enough for a batch of mutations to be read, had anything been watching. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 60));

const paragraph = (text: string) => {
  const p = document.createElement('p');
  p.textContent = text;
  return p;
};

afterEach(() => history.replaceState(null, '', '/'));

describe('PageSession on a page that changes', () => {
  it('reads only a paragraph the page adds, and counts its names with the others', async () => {
    const root = showPage(paragraphs(PARAGRAPHS));
    const { session, asked, counts, controller } = start();
    await session.setEnabled(true);
    expect(counts()).toMatchObject({ 'Luís Montenegro': 2, Lisbon: 2 });
    root.append(paragraph('In Porto, supporters of Pedro Nuno Santos gathered as Lisbon counted the last votes.'));
    await vi.waitFor(() => expect(counts()).toMatchObject({ 'Pedro Nuno Santos': 1, Porto: 1, Lisbon: 3 }));
    expect(asked).toHaveLength(2);
    expect(asked[1]).toContain('supporters');
    expect(asked[1]).not.toContain('turnout');
    controller.abort();
  });

  it('forgets the names of a removed paragraph without asking the background', async () => {
    showPage(paragraphs(PARAGRAPHS));
    const { session, asked, counts, controller } = start();
    await session.setEnabled(true);
    document.getElementById('p0')?.remove();
    document.getElementById('p3')?.remove();
    await vi.waitFor(() => expect(counts()['Luís Montenegro']).toBeUndefined());
    expect(counts()).toMatchObject({ Lisbon: 1, Azores: 1 });
    expect(counts().Espinho).toBeUndefined();
    expect(asked).toHaveLength(1);
    controller.abort();
  });

  it('is not woken by our own UI, editors, form fields or code in the article', async () => {
    const root = showPage(`${paragraphs(PARAGRAPHS)}<div contenteditable="true" id="note"><p>Draft</p></div>`);
    const { session, asked, counts, controller } = start();
    await session.setEnabled(true);
    const host = document.createElement('div');
    host.setAttribute('data-backstory-ui', '');
    document.documentElement.append(host);
    host.append(paragraph('Card about Angela Merkel'));
    document.getElementById('note')?.append(paragraph('Ask Angela Merkel about Berlin.'));
    const pre = document.createElement('pre');
    pre.textContent = 'Angela Merkel in Berlin';
    root.append(pre);
    await settle();
    expect(asked).toHaveLength(1);
    expect(counts()['Angela Merkel']).toBeUndefined();
    host.remove();
    controller.abort();
  });

  it('watches nothing while switched off, and reads what is there when switched on', async () => {
    const root = showPage(paragraphs(PARAGRAPHS));
    const observers = vi.spyOn(window.MutationObserver.prototype, 'observe');
    const { session, asked, counts, controller } = start();
    await session.setEnabled(false);
    root.append(paragraph('In Porto, supporters of Pedro Nuno Santos gathered outside the party offices.'));
    await settle();
    expect(observers).not.toHaveBeenCalled();
    expect(asked).toHaveLength(0);
    expect(session.state()).toMatchObject({ enabled: false, status: 'off', entities: [] });

    await session.setEnabled(true);
    expect(observers).toHaveBeenCalled();
    expect(counts()).toMatchObject({ 'Pedro Nuno Santos': 1 });
    await session.setEnabled(false);
    root.append(paragraph('Later, Marcelo Rebelo de Sousa spoke in Belém.'));
    await settle();
    expect(asked).toHaveLength(1);
    expect(session.state().entities).toEqual([]);
    controller.abort();
  });

  it('stops for good when the extension goes away', async () => {
    const root = showPage(paragraphs(PARAGRAPHS));
    const { session, asked, controller } = start();
    await session.setEnabled(true);
    controller.abort();
    root.append(paragraph('In Porto, supporters of Pedro Nuno Santos gathered outside the party offices.'));
    history.pushState(null, '', '/another-story');
    await new Promise((resolve) => setTimeout(resolve, 900));
    expect(asked).toHaveLength(1);
    expect(session.state()).toMatchObject({ status: 'off', entities: [] });
  });

  it('reads the page again after the app moves to another address', async () => {
    const root = showPage(paragraphs(PARAGRAPHS));
    const { session, counts, controller } = start();
    await session.setEnabled(true);
    // The app empties the old story and keeps it as a hidden shell; the new one goes beside it.
    history.pushState(null, '', '/second-story');
    root.replaceChildren();
    root.setAttribute('hidden', '');
    const next = document.createElement('article');
    root.after(next);
    next.append(
      ...[
        'Mette Frederiksen said Denmark would pay the largest share of a new fund for research in Greenland.',
        'Jonas Gahr Støre promised that Norway would match it, and scientists in Greenland welcomed the plan.',
        'The leaders met in Reykjavik on Tuesday, where Mette Frederiksen spoke of the melting ice sheet.',
        'Researchers in Reykjavik said the money would pay for new stations along the coast of Greenland.',
      ].map(paragraph),
    );
    await vi.waitFor(() => expect(counts()).toMatchObject({ 'Mette Frederiksen': 2, Greenland: 3 }), { timeout: 3000 });
    expect(counts()['Luís Montenegro']).toBeUndefined();
    controller.abort();
  });
});
