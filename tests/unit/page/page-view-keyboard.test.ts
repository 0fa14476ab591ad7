import { describe, expect, it, vi } from 'vitest';
import { detectMentions } from '../../../lib/detect/detect-mentions';
import type { CardOpen } from '../../../lib/page/card-presenter';
import { PageSession } from '../../../lib/page/page-session';
import { boundScheduler } from '../../../lib/page/scheduler';
import { entitiesByForm } from '../../helpers/entities-by-form';

const PARAGRAPHS = [
  'Prime Minister Luís Montenegro voted early in Espinho and told reporters that the country needed a stable government.',
  'Turnout in Lisbon was higher than at the last general election, officials said, with long queues at polling stations.',
  'Polls have closed on the mainland. Voters in the Azores close an hour later, and the first projections are expected soon.',
];

async function start() {
  const meta = document.createElement('meta');
  meta.setAttribute('property', 'og:type');
  meta.setAttribute('content', 'article');
  document.head.replaceChildren(meta);
  const [main, article] = [document.createElement('main'), document.createElement('article')];
  for (const text of PARAGRAPHS) {
    const p = document.createElement('p');
    p.textContent = text;
    article.append(p);
  }
  main.append(article);
  document.body.replaceChildren(main);
  const controller = new AbortController();
  const shown: CardOpen[] = [];
  const hideName = vi.fn();
  const session = new PageSession({
    doc: document,
    win: window,
    background: {
      detect: async (texts) => texts.map((text) => detectMentions(text)),
      resolve: async (mentions) => entitiesByForm(mentions),
    },
    card: { show: (open) => shown.push(open), hide: vi.fn(), owns: () => false },
    scheduler: boundScheduler(window, { isValid: true }),
    signal: controller.signal,
    site: 'news.example',
    hideName,
  });
  await session.setEnabled(true);
  expect(session.state().status).toBe('article');
  // One entry per card: a card drawn again as the page scrolls to its mention counts once.
  const names = () => shown.map((s) => s.model.name).filter((name, i, all) => name !== all[i - 1]);
  return { session, shown, names, hideName, stop: () => controller.abort() };
}

describe('the keyboard commands on the page', () => {
  it('steps through the highlighted names in reading order, wrapping, with focus asked for each card', async () => {
    const { session, shown, names, stop } = await start();
    for (const action of ['next', 'next', 'next', 'previous'] as const) expect(session.view.command(action)).toBe(true);
    // "Turnout" opens its sentence, and the stand-in background takes every capitalised form for a name.
    expect(names()).toEqual(['Luís Montenegro', 'Espinho', 'Turnout', 'Espinho']);
    session.view.command('previous');
    session.view.command('previous');
    // Before the first name comes the last one (the Azores).
    expect(names().slice(-2)).toEqual(['Luís Montenegro', 'Azores']);
    expect(new Set(shown.map((s) => s.focusRequest)).size).toBe(6);
    expect(shown.every((s) => s.focusRequest !== undefined)).toBe(true);
    stop();
  });

  it('leaves hidden names out of the highlights and the steps, and offers Undo on a card already open', async () => {
    const { session, shown, names, hideName, stop } = await start();
    session.view.command('next');
    session.view.command('next');
    expect(names().at(-1)).toBe('Espinho');
    shown.at(-1)?.hiding?.hide();
    expect(hideName).toHaveBeenCalledWith('Espinho', true);
    // The background writes the setting; the content script hears of it and passes the names on.
    session.view.setHidden(['espinho']);
    expect(shown.at(-1)?.hiding?.hidden).toBe(true);
    session.view.command('previous');
    session.view.command('next');
    expect(names().slice(-2)).toEqual(['Luís Montenegro', 'Turnout']);
    stop();
  });

  it('opens nothing while the site is switched off', async () => {
    const { session, stop } = await start();
    await session.setEnabled(false);
    expect(session.view.command('open')).toBe(false);
    stop();
  });
});
