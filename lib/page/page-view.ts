/**
 * What the reader sees of one article: the highlights, the card on hover and the list
 * for the popup, all drawn from the ledger's mentions that are still on the page.
 */
import type { ArticleEntity } from '../entities/group-mentions';
import { MentionIndex } from '../highlight/hit-test';
import { HoverIntent } from '../highlight/hover-intent';
import type { MentionRange } from '../highlight/mention-range';
import type { ShadowStyles } from '../highlight/shadow-styles';
import type { CardModel, EntitySummary, MentionNavigation } from '../model';
import { toCardModel, toSummary } from './entity-models';
import { flashRange } from './flash-range';
import { followMention } from './follow-mention';
import { HighlightLook } from './highlight-look';
import { MentionCursor } from './mention-cursor';
import type { MentionLedger } from './mention-ledger';
import type { Scheduler } from './scheduler';

export interface CardPresenter {
  show(model: CardModel, anchor: DOMRect, navigation?: MentionNavigation): void;
  hide(): void;
  /** Whether an event target is the card's own host. */
  owns(target: EventTarget | null): boolean;
}

export interface PageViewDeps {
  doc: Document;
  win: Window;
  card: CardPresenter;
  scheduler: Scheduler;
  /** Gives web components' shadow roots the highlight rules, which the page's styles never reach. */
  shadowStyles?: ShadowStyles;
  /** The reader's types, style and dwell; the defaults when not given. */
  look?: HighlightLook;
}

export class PageView {
  private ledger: MentionLedger | null = null;
  private entities: ArticleEntity[] = [];
  private mentions = new MentionIndex([]);
  private readonly hover: HoverIntent<MentionRange>;
  private unfollow = () => {};
  private readonly look: HighlightLook;

  constructor(private readonly deps: PageViewDeps) {
    const look = deps.look ?? new HighlightLook();
    this.look = look;
    const callbacks = {
      show: (target: MentionRange) => this.showCard(target),
      hide: () => {
        this.unfollow();
        deps.card.hide();
      },
    };
    this.hover = new HoverIntent(deps.scheduler, callbacks, () => look.dwellMs);
    look.onChange(() => this.ledger && this.show(this.ledger));
  }

  /** Draws the ledger's mentions still on the page; an open card stays unless its mention went. */
  show(ledger: MentionLedger): void {
    const { entities, ranges } = ledger.live();
    this.ledger = ledger;
    this.entities = entities;
    const shown = this.look.visible(ranges);
    this.mentions = new MentionIndex(shown);
    this.look.paint(this.deps.win, shown);
    this.deps.shadowStyles?.cover(shown);
    const open = this.hover.current;
    if (open && !shown.some((r) => r.range === open.range)) this.hover.dismiss();
  }

  clear(): void {
    this.hover.dismiss();
    this.look.clear(this.deps.win);
    this.deps.shadowStyles?.clear();
    this.ledger = null;
    this.entities = [];
    this.mentions = new MentionIndex([]);
  }

  dismissCard(): void {
    this.hover.dismiss();
  }

  summaries(): EntitySummary[] {
    return this.entities.map(toSummary);
  }

  reveal(entityId: string): boolean {
    const first = this.mentions.firstOf(entityId);
    if (!first) return false;
    first.range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    flashRange(this.deps.win, first.range, this.deps.scheduler);
    return true;
  }

  /** Follows the pointer and the Escape key until the signal ends (the site is switched off). */
  listen(signal: AbortSignal): void {
    const { doc, scheduler } = this.deps;
    let latest: PointerEvent | null = null;
    let frame = 0;
    const onFrame = () => {
      frame = 0;
      const event = latest;
      if (!event || this.mentions.ranges.length === 0) return;
      if (this.deps.card.owns(event.target)) this.hover.holdCard();
      else this.hover.pointAt(this.mentions.at(doc, event.clientX, event.clientY));
    };
    // Only the latest move in a frame matters; a burst of moves costs one hit test.
    // Events a page script makes up (isTrusted false) open and close no card.
    const onMove = (event: PointerEvent) => {
      if (!event.isTrusted) return;
      latest = event;
      if (frame === 0) frame = scheduler.requestFrame(onFrame);
    };
    doc.addEventListener('pointermove', onMove, { passive: true, signal });
    doc.addEventListener('keydown', (e) => e.isTrusted && e.key === 'Escape' && this.hover.dismiss(), { signal });
    signal.addEventListener('abort', () => scheduler.cancelFrame(frame), { once: true });
  }

  private showCard(target: MentionRange): void {
    const ledger = this.ledger;
    // The text under the pointer changed since it was read: no card for a name no longer there.
    if (!ledger?.isCurrent(target.range)) {
      this.hover.dismiss();
      return;
    }
    const model = toCardModel(target.entity, (offset) => ledger.sentenceAt(offset));
    this.unfollow();
    // In reading order, whatever order the ledger keeps them in, so that Next goes down the page.
    const own = this.mentions.ranges
      .filter((r) => r.entity === target.entity)
      .sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range));
    const cursor = new MentionCursor(own, target);
    const go = (to: MentionRange | undefined) => {
      this.unfollow();
      if (to && ledger.isCurrent(to.range))
        this.unfollow = followMention(this.deps.win, to.range, this.deps.scheduler, draw);
    };
    const draw = (anchor: DOMRect) =>
      this.deps.card.show(model, anchor, {
        position: cursor.position,
        count: cursor.count,
        previous: () => go(cursor.previous()),
        next: () => go(cursor.next()),
      });
    draw(target.range.getBoundingClientRect());
  }
}
