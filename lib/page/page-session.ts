/**
 * Backstory on one page while its site is switched on: reads the article, then keeps up with the page
 * (new paragraphs, edits, removals, a move to another address), and answers the popup. Switched off,
 * nothing watches the page. Reads run one at a time; what changes meanwhile is merged and read next.
 */
import { articleSkip } from '../article/article-skip';
import { findArticleRootSteps } from '../article/find-article-root';
import type { PageState, PageStatus } from '../protocol/messages';
import type { SkipElement } from '../text/collect-text';
import { type ArticleChanges, isReadable } from './article-changes';
import { MentionLedger } from './mention-ledger';
import { type CardPresenter, PageView, type PageViewDeps } from './page-view';
import { ReadQueue, timersPace, type Work } from './read-queue';
import { type Background, readAndDetect } from './scan-page';
import { childController } from './scheduler';
import { pageSlicer, type Slices } from './slicer';
import { type WatchDeps, watchArticle } from './watch-article';
import { watchForRoot } from './watch-for-root';
import { watchLocation } from './watch-location';

export type { CardPresenter };

/** The page view's (document, window, card, timers, hiding names), and what reading the page needs. */
export interface PageSessionDeps extends PageViewDeps {
  background: Background;
  signal: AbortSignal;
  site: string;
}

/** Wait after the address changes before reading: apps swap the article in right after it, or soon. */
export const NAVIGATION_SETTLE_MS = 250;

export class PageSession {
  private status: PageStatus = 'off';
  private enabled = false;
  /** Bumped by each whole read and each switch-off; a read that finds it changed drops its result. */
  private generation = 0;
  private ledger: MentionLedger;
  private root: Element | null = null;
  /** What the reads of the current root leave out: the article reader's judgement of the page. */
  private skip: SkipElement = () => false;
  private readonly queue: ReadQueue;
  /** Ends when the site is switched off; everything that watches the page hangs off it. */
  private on: AbortController | null = null;
  /** Ends when the page is read again as a whole: the watchers of the old root. */
  private watching: AbortController | null = null;
  private settleTimer = 0;
  private watchShadows: (roots: readonly ShadowRoot[]) => void = () => undefined;
  /** The highlights and the card: keyboard commands and hidden names go straight to it. */
  readonly view: PageView;

  constructor(private readonly deps: PageSessionDeps) {
    this.ledger = new MentionLedger(deps.doc);
    this.view = new PageView(deps);
    const read = (work: Work) => (work.full ? this.readAll(work.fresh) : this.readParts([...work.regions]));
    this.queue = new ReadQueue(read, () => this.on !== null, timersPace(deps.win, deps.scheduler));
    deps.signal.addEventListener('abort', () => this.stop(), { once: true });
  }

  async setEnabled(on: boolean): Promise<void> {
    if (on === this.enabled && (this.status !== 'off' || !on)) return;
    this.enabled = on;
    if (!on || this.deps.signal.aborted) return this.stop();
    this.on?.abort();
    this.on = childController(this.deps.signal);
    this.view.listen(this.on.signal);
    watchLocation(this.deps.win, this.deps.scheduler, this.on.signal, () => this.navigated());
    return this.queue.request({ full: true, fresh: false });
  }

  state(): PageState {
    return { site: this.deps.site, enabled: this.enabled, status: this.status, entities: this.view.summaries() };
  }

  reveal(entityId: string): boolean {
    return this.view.reveal(entityId);
  }

  private stop(): void {
    this.generation++;
    this.queue.clear();
    this.on?.abort();
    [this.on, this.watching] = [null, null];
    this.deps.scheduler.clearTimeout(this.settleTimer);
    this.view.clear();
    this.ledger = new MentionLedger(this.deps.doc);
    this.root = null;
    this.status = 'off';
  }

  private navigated(): void {
    this.view.dismissCard();
    this.deps.scheduler.clearTimeout(this.settleTimer);
    const read = () => void this.queue.request({ full: true, fresh: true });
    this.settleTimer = this.deps.scheduler.setTimeout(read, NAVIGATION_SETTLE_MS);
  }

  private readAgain(): void {
    void this.queue.request({ full: true, fresh: false });
  }

  /** Removed or edited text is forgotten by the next read of blocks, with or without blocks to read. */
  private changed({ rootMoved, touched, regions }: ArticleChanges): void {
    if (rootMoved) this.readAgain();
    else if (touched || regions.length > 0) void this.queue.request({ full: false, regions: new Set(regions) });
  }

  /** Every read is cut into slices, and ends at its next pause once the root's watchers end. */
  private async readAll(fresh: boolean): Promise<void> {
    const generation = ++this.generation;
    this.watching?.abort();
    this.watching = childController((this.on as AbortController).signal);
    const watch: WatchDeps = { win: this.deps.win, scheduler: this.deps.scheduler, signal: this.watching.signal };
    const slices = pageSlicer(this.deps.win, this.deps.scheduler, watch.signal);
    const found = await slices.run(findArticleRootSteps(this.deps.doc));
    if (generation !== this.generation) return;
    const root = found.isArticle ? found.root : null;
    this.root = root;
    const skip = articleSkip(found);
    this.skip = skip;
    const ledger = new MentionLedger(this.deps.doc);
    if (fresh || !root) watchForRoot(this.deps.doc, root, watch, () => this.readAgain());
    if (!root) return this.install(ledger, 'no-article', slices);
    // Watching starts before the text is read, so what the page changes during the read is read next.
    this.watchShadows = watchArticle(root, watch, (changes) => this.changed(changes), skip);
    this.status = 'scanning';
    const [part] = await readAndDetect([root], this.deps.background, slices, skip);
    if (generation !== this.generation) return;
    this.watchShadows(part?.index.shadowRoots ?? []);
    if (part) await slices.run(ledger.add(part.index, part.candidates));
    await slices.wait(ledger.resolve(this.deps.background, slices));
    if (generation === this.generation) await this.install(ledger, 'article', slices);
  }

  private async readParts(regions: Element[]): Promise<void> {
    const { generation, root, ledger, watching, skip } = this;
    if (!root || !watching) return;
    const slices = pageSlicer(this.deps.win, this.deps.scheduler, watching.signal);
    const parts = regions.filter((r) => r.isConnected && root.contains(r));
    const readable = parts.filter((r) => isReadable(r, root, skip));
    const found = await readAndDetect(readable, this.deps.background, slices, skip);
    if (generation !== this.generation) return;
    for (const { index } of found) this.watchShadows(index.shadowRoots ?? []);
    const reread = await slices.run(ledger.reread(parts, found));
    if (found.some((p) => p.candidates.length > 0)) await slices.wait(ledger.resolve(this.deps.background, slices));
    if (generation !== this.generation) return;
    if ((await slices.run(ledger.prune())) || reread) await slices.run(this.view.show(ledger));
  }

  private async install(ledger: MentionLedger, status: PageStatus, slices: Slices): Promise<void> {
    await slices.run(ledger.prune());
    [this.ledger, this.status] = [ledger, status];
    await slices.run(this.view.show(ledger));
  }
}
