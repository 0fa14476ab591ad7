/**
 * Adds what Wikipedia says to the cards: the card opens at once with what the page
 * knows, and is drawn again when the background answers. Answers are kept for the
 * page's life, so a second hover over a name asks nobody.
 */
import type { CardModel } from '../model';
import type { OnlineView } from '../online-view';
import { MAX_LOOKUP_CONTEXT } from '../protocol-lookup';
import type { CardOpen, CardPresenter } from './card-presenter';

export interface OnlineAsk {
  /** The setting as stored: while off, nothing is asked of the background, so a hover never wakes it. */
  isOn(): Promise<boolean>;
  lookUp(name: string, type: CardModel['type'], context: string): Promise<OnlineView>;
  choose(name: string, choice: string | null): Promise<unknown>;
  open(lang: string, title: string): void;
}

/** Words around the name in this article: its role and the sentence of its first mention, cut short. Never sent on. */
export function contextOf(model: CardModel): string {
  return [model.role, model.firstMention].filter(Boolean).join(' ').slice(0, MAX_LOOKUP_CONTEXT);
}

export function withOnlineLookups(presenter: CardPresenter, ask: OnlineAsk): CardPresenter {
  const views = new Map<string, OnlineView>();
  const pending = new Set<string>();
  let current: CardOpen | null = null;
  /** An "off" or failed answer, kept while its card stays open (scrolling redraws it) and asked again after. */
  let transient: { key: string; view: OnlineView } | null = null;
  const keyOf = (model: CardModel) => `${model.type}\u0001${model.name}`;

  const request = (model: CardModel) => {
    const key = keyOf(model);
    if (pending.has(key)) return;
    pending.add(key);
    const OFF: OnlineView = { status: 'off' };
    ask
      .isOn()
      .then((on) => (on ? ask.lookUp(model.name, model.type, contextOf(model)) : OFF))
      .then((view) => {
        // "Off" and failures are asked again at the next hover: the reader may have turned lookups on meanwhile.
        if (view.status !== 'off' && view.status !== 'failed') views.set(key, view);
        else transient = { key, view };
        if (current && keyOf(current.model) === key) draw(current, view);
      })
      .catch(() => undefined)
      .finally(() => pending.delete(key));
  };

  const show = (open: CardOpen) => {
    current = open;
    const key = keyOf(open.model);
    const view = views.get(key) ?? (transient?.key === key ? transient.view : undefined);
    if (view) draw(open, view);
    else {
      presenter.show(open);
      request(open.model);
    }
  };

  const draw = (open: CardOpen, view: OnlineView) => {
    const { model } = open;
    const choose = (choice: string | null) => {
      void ask.choose(model.name, choice).then(() => {
        views.delete(keyOf(model));
        if (current) show(current);
      });
    };
    presenter.show({ ...open, online: { view, openArticle: ask.open, choose } });
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
