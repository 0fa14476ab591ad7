/**
 * What the reader sees of one article: the highlights, the card on hover, tap
 * or keyboard, and the list for the popup, all drawn from the ledger's
 * mentions that are still on the page, less the names hidden on this site.
 */
import type { ArticleEntity } from '../entities/group-mentions';
import { MentionIndex } from '../highlight/hit-test';
import { HoverIntent } from '../highlight/hover-intent';
import type { MentionRange } from '../highlight/mention-range';
import { ReadingActivity } from '../highlight/reading-activity';
import type { EntitySummary } from '../model';
import { foldName } from '../names/fold';
import type { CardKeyAction } from '../protocol/messages';
import { runSteps, type Steps } from '../steps';
import { CardOpener } from './card-opener';
import type { CardPresenter } from './card-presenter';
import { listenForCards } from './card-triggers';
import { toSummary } from './entity-models';
import { flashRange } from './flash-range';
import { HighlightLook } from './highlight-look';
import { commandTarget } from './keyboard-targets';
import type { MentionLedger } from './mention-ledger';
import type { PageViewDeps } from './page-view-deps';

export type { CardPresenter, PageViewDeps };

export class PageView {
  private ledger: MentionLedger | null = null;
  private entities: ArticleEntity[] = [];
  private all: MentionRange[] = [];
  private mentions = new MentionIndex([]);
  private hidden = new Set<string>();
  /** Counts the draws begun: see drawSteps. */
  private drawing = 0;
  /** The next card to open was asked for by keyboard: focus goes into it. */
  private focusOnShow = false;
  private readonly activity: ReadingActivity;
  private readonly hover: HoverIntent<MentionRange>;
  private readonly opener: CardOpener;
  private readonly look: HighlightLook;

  constructor(private readonly deps: PageViewDeps) {
    const { hideName } = deps;
    const look = deps.look ?? new HighlightLook();
    this.look = look;
    this.activity = new ReadingActivity(() => deps.win.performance.now());
    this.opener = new CardOpener(
      {
        ...deps,
        hiding: hideName && {
          isHidden: (entity) => this.isHidden(entity),
          setHidden: (entity, hidden) => hideName(entity.name, hidden),
        },
      },
      () => this.hover.dismiss(),
    );
    this.hover = new HoverIntent(
      deps.scheduler,
      {
        prefetch: (target) => this.ledger && this.opener.prefetch(this.ledger, target),
        show: (target) => this.showCard(target),
        hide: () => {
          this.opener.stop();
          deps.card.hide();
        },
      },
      { quiet: () => !this.activity.busy, dwellMs: () => look.dwellMs },
    );
    look.onChange(() => this.draw());
  }

  /** Draws the ledger's mentions still on the page, in steps; an open card stays unless its mention went. */
  *show(ledger: MentionLedger): Steps<void> {
    const { entities, ranges } = yield* ledger.live();
    [this.ledger, this.entities, this.all] = [ledger, entities, ranges];
    this.opener.reset();
    yield* this.drawSteps();
    const open = this.hover.current;
    if (open && !ranges.some((r) => r.range === open.range)) this.hover.dismiss();
  }

  /** Names (as folded by foldName) the reader chose not to highlight on this site. The open card stays, with Undo. */
  setHidden(names: readonly string[]): void {
    this.hidden = new Set(names.map(foldName));
    this.draw();
    this.opener.redraw();
  }

  clear(): void {
    this.drawing++;
    this.hover.dismiss();
    this.look.clear(this.deps.win);
    [this.ledger, this.entities, this.all] = [null, [], []];
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
    first?.range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    if (first) flashRange(this.deps.win, first.range, this.deps.scheduler);
    return !!first;
  }

  /** A keyboard command: a card for the selection or the first name in view, or the next or previous name's. */
  command(action: CardKeyAction): boolean {
    const { doc, win } = this.deps;
    const target = commandTarget(action, doc.getSelection(), this.mentions.ranges, this.hover.current, win.innerHeight);
    if (!target) return false;
    this.focusOnShow = true;
    this.hover.open(target);
    if (action !== 'open') this.opener.follow(target);
    return true;
  }

  /** Follows the reader's pointer, taps, scrolls, selections and Escape until the signal ends. */
  listen(signal: AbortSignal): void {
    const { doc, card, scheduler } = this.deps;
    const at = (e: PointerEvent) => (this.all.length > 0 ? this.mentions.at(doc, e.clientX, e.clientY) : null);
    const redraw = () => this.opener.redraw();
    listenForCards({ doc, card, scheduler }, { hover: this.hover, activity: this.activity, at, redraw }, signal);
  }

  private isHidden(entity: ArticleEntity): boolean {
    return this.hidden.has(foldName(entity.name));
  }

  private draw(): void {
    runSteps(this.drawSteps());
  }

  /** A draw begun later (the reader hid a name meanwhile) supersedes this one, which then registers nothing. */
  private *drawSteps(): Steps<void> {
    const drawing = ++this.drawing;
    const shown = this.look.visible(this.all).filter((r) => this.hidden.size === 0 || !this.isHidden(r.entity));
    const mentions = yield* new MentionIndex(shown).build();
    const register = yield* this.look.paint(this.deps.win, shown, mentions.shadowRoots);
    if (drawing !== this.drawing) return;
    this.mentions = mentions;
    register();
  }

  private showCard(target: MentionRange): void {
    const { ledger, focusOnShow } = this;
    this.focusOnShow = false;
    // The text under the pointer changed since it was read: no card for a name no longer there.
    if (ledger?.isCurrent(target.range)) this.opener.open(ledger, target, this.mentions.ranges, focusOnShow);
    else this.hover.dismiss();
  }
}
