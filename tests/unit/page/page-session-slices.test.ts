/** A whole read of a long article, cut into slices, as the session runs it. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { detectMentions } from '../../../lib/detect/detect-mentions';
import { PageSession } from '../../../lib/page/page-session';
import { boundScheduler } from '../../../lib/page/scheduler';
import { entitiesByForm } from '../../helpers/entities-by-form';

const PARAGRAPH =
  'Prime Minister Luís Montenegro voted early in Espinho and told reporters in Lisbon that the country needed a stable government.';

function showLongArticle(paragraphs: number): void {
  document.head.replaceChildren();
  document.body.replaceChildren();
  const article = document.createElement('article');
  for (let i = 0; i < paragraphs; i++) {
    const p = document.createElement('p');
    p.textContent = PARAGRAPH;
    article.append(p);
  }
  document.body.append(article);
}

function start() {
  const controller = new AbortController();
  const asked: string[] = [];
  const session = new PageSession({
    doc: document,
    win: window,
    background: {
      detect: async (texts) => {
        asked.push('detect');
        return texts.map((text) => detectMentions(text));
      },
      resolve: async (mentions) => {
        asked.push('resolve');
        return entitiesByForm(mentions);
      },
    },
    card: { show: vi.fn(), hide: vi.fn(), owns: () => false },
    scheduler: boundScheduler(window, { isValid: true }),
    signal: controller.signal,
    site: 'news.example',
  });
  return { session, asked, controller };
}

/** happy-dom has no scheduler.yield, so pauses are zero timeouts, as in Firefox without it. */
const pausesOf = (spy: { mock: { calls: unknown[][] } }) => spy.mock.calls.filter(([, ms]) => ms === 0).length;

afterEach(() => document.body.replaceChildren());

describe('PageSession on a long article', () => {
  it('reads it all, giving the page turns between slices', async () => {
    showLongArticle(600);
    const timeouts = vi.spyOn(window, 'setTimeout');
    const { session, controller } = start();
    await session.setEnabled(true);
    expect(pausesOf(timeouts)).toBeGreaterThan(2);
    const counts = Object.fromEntries(session.state().entities.map((e) => [e.name, e.mentions]));
    expect(counts).toMatchObject({ 'Luís Montenegro': 600, Espinho: 600, Lisbon: 600 });
    controller.abort();
  });

  it('stops a read at its next pause when the site is switched off, and asks the background nothing', async () => {
    showLongArticle(600);
    const { session, asked, controller } = start();
    const reading = session.setEnabled(true);
    await session.setEnabled(false);
    await reading;
    expect(asked).toEqual([]);
    expect(session.state()).toMatchObject({ status: 'off', entities: [] });
    controller.abort();
  });
});
