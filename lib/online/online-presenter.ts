/**
 * Adds what Wikipedia says to the cards: the card opens at once with what the page
 * knows, and is drawn again when the background answers. Answers are kept for the
 * page's life, so a second hover over a name asks nobody. While lookups are off,
 * the card's "Look up on Wikipedia" asks for that one name only.
 */
import type { CardModel } from '../model';
import type { CardOpen, CardPresenter } from '../page/card-presenter';
import { MAX_LOOKUP_CONTEXT } from '../protocol/messages';
import type { OnlineView } from './view';

export interface OnlineAsk {
  /** The setting as stored: while off, nothing is asked of the background, so a hover never wakes it. */
  isOn(): Promise<boolean>;
  lookUp(name: string, type: CardModel['type'], context: string): Promise<OnlineView>;
  /** The reader's click on "Look up on Wikipedia": this one name, whatever the setting. */
  lookUpOnce(name: string, type: CardModel['type'], context: string): Promise<OnlineView>;
  /** Opens Backstory's page for turning lookups on for every name. */
  offerAll(): void;
  choose(name: string, choice: string | null): Promise<unknown>;
  open(lang: string, title: string): void;
}

/** Words around the name in this article: its role and the sentence of its first mention, cut short. Never sent on. */
export function contextOf(model: CardModel): string {
  return [model.role, model.firstMention].filter(Boolean).join(' ').slice(0, MAX_LOOKUP_CONTEXT);
}

/** Asked again at the next opening: the reader may have turned lookups on, or may allow what was refused. */
const passing = (view: OnlineView) => view.status === 'off' || view.status === 'failed' || view.status === 'denied';

export function withOnlineLookups(presenter: CardPresenter, ask: OnlineAsk): CardPresenter {
  const views = new Map<string, OnlineView>();
  const pending = new Set<string>();
  /** Names looked up on the reader's click while lookups were off: their card offers lookups for every name. */
  const once = new Set<string>();
  let current: CardOpen | null = null;
  /** A passing answer, kept while its card stays open (scrolling redraws it) and asked again after. */
  let transient: { key: string; view: OnlineView } | null = null;
  const keyOf = (model: CardModel) => `${model.type}\u0001${model.name}`;

  const settle = (key: string, view: OnlineView) => {
    if (passing(view)) {
      views.delete(key);
      transient = { key, view };
    } else views.set(key, view);
    if (current && keyOf(current.model) === key) draw(current, view);
  };

  /** One question per name at a time; a failure to answer at all is a failed lookup, not a card left waiting. */
  const request = (model: CardModel, answer: () => Promise<OnlineView>) => {
    const key = keyOf(model);
    if (pending.has(key)) return;
    pending.add(key);
    void answer()
      .catch((e: unknown): OnlineView => ({ status: 'failed', message: String(e) }))
      .then((view) => settle(key, view))
      .finally(() => pending.delete(key));
  };

  const show = (open: CardOpen) => {
    current = open;
    const key = keyOf(open.model);
    const view = views.get(key) ?? (transient?.key === key ? transient.view : undefined);
    if (view) return draw(open, view);
    presenter.show(open);
    const { name, type } = open.model;
    request(open.model, async () =>
      (await ask.isOn()) ? ask.lookUp(name, type, contextOf(open.model)) : { status: 'off' },
    );
  };

  const draw = (open: CardOpen, view: OnlineView) => {
    const { model } = open;
    const key = keyOf(model);
    const choose = (choice: string | null) => {
      void ask.choose(model.name, choice).then(() => {
        views.delete(key);
        if (current) show(current);
      });
    };
    const lookUp = () => {
      once.add(key);
      settle(key, { status: 'looking' });
      request(model, () => ask.lookUpOnce(model.name, model.type, contextOf(model)));
    };
    // Offered once: whatever the reader decides on the page it opens, the cards stop asking.
    const offerAll = () => {
      once.clear();
      ask.offerAll();
      if (current) show(current);
    };
    const answered = once.has(key) && !passing(view) && view.status !== 'looking';
    const online = { view, openArticle: ask.open, choose, lookUp, offerAll: answered ? offerAll : undefined };
    presenter.show({ ...open, online });
  };

  return {
    show,
    hide() {
      current = null;
      transient = null;
      presenter.hide();
    },
    owns: (target) => presenter.owns(target),
  };
}
