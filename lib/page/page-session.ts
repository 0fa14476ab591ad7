/**
 * Backstory on one page: scans the article when the site is on, registers the
 * highlights, opens cards on hover, and answers the popup. Everything is torn
 * down through the AbortSignal when the extension goes away.
 */
import type { ArticleEntity } from '../entities/group-mentions';
import type { MentionRange } from '../highlight/build-ranges';
import { buildRanges } from '../highlight/build-ranges';
import { MentionIndex } from '../highlight/hit-test';
import { HoverIntent, type Timers } from '../highlight/hover-intent';
import { clearHighlights, registerHighlights } from '../highlight/register-highlights';
import type { CardModel } from '../model';
import type { PageState, PageStatus } from '../protocol';
import { sentences } from '../text/sentence-at';
import { toCardModel, toSummary } from './entity-models';
import { flashRange } from './flash-range';
import { type Background, scanPage } from './scan-page';

export interface CardPresenter {
  show(model: CardModel, anchor: DOMRect): void;
  hide(): void;
  /** Whether an event target is the card's own host. */
  owns(target: EventTarget | null): boolean;
}

export interface PageSessionDeps {
  doc: Document;
  win: Window;
  background: Background;
  card: CardPresenter;
  timers: Timers;
  signal: AbortSignal;
  site: string;
}

export class PageSession {
  private status: PageStatus = 'off';
  private enabled = false;
  private entities: ArticleEntity[] = [];
  /** The sentence around an offset of the scanned text; its sentence ends are found once per scan. */
  private sentenceOf: (offset: number) => string = () => '';
  private mentions = new MentionIndex([]);
  private generation = 0;
  private readonly hover: HoverIntent<MentionRange>;

  constructor(private readonly deps: PageSessionDeps) {
    this.hover = new HoverIntent(deps.timers, {
      show: (target) => this.showCard(target),
      hide: () => deps.card.hide(),
    });
    this.listen();
  }

  async setEnabled(on: boolean): Promise<void> {
    if (on === this.enabled && this.status !== 'off') return;
    this.enabled = on;
    if (on) return this.rescan();
    this.generation++;
    this.reset('off');
  }

  async rescan(): Promise<void> {
    const generation = ++this.generation;
    this.status = 'scanning';
    const scan = await scanPage(this.deps.doc, this.deps.background);
    // A switch flipped or a newer scan started while we waited for the background.
    if (generation !== this.generation || this.deps.signal.aborted) return;
    this.reset(scan.article.isArticle ? 'article' : 'no-article');
    this.entities = scan.entities;
    this.sentenceOf = sentences(scan.index.text);
    this.mentions = new MentionIndex(buildRanges(this.deps.doc, scan.index, scan.entities));
    registerHighlights(this.deps.win, this.mentions.ranges);
  }

  state(): PageState {
    return { site: this.deps.site, enabled: this.enabled, status: this.status, entities: this.entities.map(toSummary) };
  }

  reveal(entityId: string): boolean {
    const first = this.mentions.firstOf(entityId);
    if (!first) return false;
    const el = first.range.startContainer.parentElement;
    el?.scrollIntoView({ block: 'center' });
    flashRange(this.deps.win, first.range, this.deps.timers);
    return true;
  }

  private reset(status: PageStatus): void {
    this.hover.dismiss();
    clearHighlights(this.deps.win);
    this.entities = [];
    this.mentions = new MentionIndex([]);
    this.status = status;
  }

  private showCard(target: MentionRange): void {
    this.deps.card.show(toCardModel(target.entity, this.sentenceOf), target.range.getBoundingClientRect());
  }

  private listen(): void {
    const { doc, win, signal } = this.deps;
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
    const onMove = (event: PointerEvent) => {
      latest = event;
      if (frame === 0) frame = win.requestAnimationFrame(onFrame);
    };
    doc.addEventListener('pointermove', onMove, { passive: true, signal });
    doc.addEventListener('keydown', (e) => e.key === 'Escape' && this.hover.dismiss(), { signal });
    signal.addEventListener('abort', () => {
      if (frame !== 0) win.cancelAnimationFrame(frame);
      this.generation++;
      this.reset('off');
    });
  }
}
