/**
 * Builds and draws the card for one mention: its model (prepared ahead when
 * hover intent prefetches), Previous and Next over the entity's mentions, and
 * the per-site hiding of the name. Redraws it where its mention now is when the
 * page scrolls, so the card stays beside its word.
 */
import type { ArticleEntity } from '../entities/group-mentions';
import type { MentionRange } from '../highlight/mention-range';
import type { CardModel } from '../model';
import type { CardOpen, CardPresenter } from './card-presenter';
import { toCardModel } from './entity-models';
import { followMention } from './follow-mention';
import { inReadingOrder } from './keyboard-targets';
import { MentionCursor } from './mention-cursor';
import type { MentionLedger } from './mention-ledger';
import type { Scheduler } from './scheduler';

export interface NameHiding {
  isHidden(entity: ArticleEntity): boolean;
  /** Asks for the name to be hidden (or shown again) on this site. */
  setHidden(entity: ArticleEntity, hidden: boolean): void;
}

export interface CardOpenerDeps {
  win: Window;
  card: CardPresenter;
  scheduler: Scheduler;
  hiding?: NameHiding;
}

export class CardOpener {
  private models = new Map<ArticleEntity, CardModel>();
  private unfollow = () => {};
  private drawn: { target: MentionRange; draw: (anchor: DOMRect) => void; anchor: MentionRange } | null = null;
  private focusCount = 0;

  constructor(
    private readonly deps: CardOpenerDeps,
    private readonly close: () => void,
  ) {}

  /** New mentions were read: models built from the old ones are stale. */
  reset(): void {
    this.models.clear();
  }

  prefetch(ledger: MentionLedger, target: MentionRange): CardModel {
    const cached = this.models.get(target.entity);
    if (cached) return cached;
    const model = toCardModel(target.entity, (offset) => ledger.sentenceAt(offset));
    this.models.set(target.entity, model);
    return model;
  }

  /** `mentions` are the highlighted ones; `focus` moves focus into the card and `follow` scrolls to the mention. */
  open(ledger: MentionLedger, target: MentionRange, mentions: readonly MentionRange[], focus: boolean): void {
    const model = this.prefetch(ledger, target);
    this.unfollow();
    const cursor = new MentionCursor(inReadingOrder(mentions.filter((r) => r.entity === target.entity)), target);
    const focusRequest = focus ? ++this.focusCount : undefined;
    const { hiding } = this.deps;
    const go = (to: MentionRange | undefined) => {
      this.unfollow();
      if (to && ledger.isCurrent(to.range)) this.follow(to, draw);
    };
    const draw = (anchor: DOMRect) => {
      const open: CardOpen = {
        model,
        anchor,
        navigation: {
          position: cursor.position,
          count: cursor.count,
          previous: () => go(cursor.previous()),
          next: () => go(cursor.next()),
        },
        rtl: isRightToLeft(this.deps.win, target.range),
        focusRequest,
        onClose: this.close,
      };
      if (hiding)
        open.hiding = {
          hidden: hiding.isHidden(target.entity),
          hide: () => hiding.setHidden(target.entity, true),
          undo: () => hiding.setHidden(target.entity, false),
        };
      this.deps.card.show(open);
    };
    this.drawn = { target, draw, anchor: target };
    draw(target.range.getBoundingClientRect());
  }

  /** Scrolls to a mention, flashes it and keeps the card beside it while the scroll glides. */
  follow(to: MentionRange, draw = this.drawn?.draw): void {
    if (!draw) return;
    if (this.drawn) this.drawn.anchor = to;
    this.unfollow = followMention(this.deps.win, to.range, this.deps.scheduler, draw);
  }

  /** The page scrolled or the name's hiding changed: draw the open card again where its mention is. */
  redraw(): void {
    if (this.drawn) this.drawn.draw(this.drawn.anchor.range.getBoundingClientRect());
  }

  stop(): void {
    this.unfollow();
    this.unfollow = () => {};
    this.drawn = null;
  }
}

function isRightToLeft(win: Window, range: Range): boolean {
  const element = range.startContainer.parentElement;
  return !!element && win.getComputedStyle(element).direction === 'rtl';
}
