/**
 * Backstory on one page while its site is switched on: reads the article,
 * then keeps up with the page (new paragraphs, edits, removals, a move to
 * another address), and answers the popup. Switched off, nothing watches the
 * page. Reads run one at a time; what changes meanwhile is merged and read next.
 */
import { findArticleRoot } from '../article/find-article-root';
import type { PageState, PageStatus } from '../protocol';
import { type ArticleChanges, isReadable } from './article-changes';
import { MentionLedger } from './mention-ledger';
import { type CardPresenter, PageView } from './page-view';
import { ReadQueue } from './read-queue';
import { type Background, detectParts, readPart } from './scan-page';
import { childController, type Scheduler } from './scheduler';
import { type WatchDeps, watchArticle } from './watch-article';
import { watchForRoot } from './watch-for-root';
import { watchLocation } from './watch-location';

export type { CardPresenter };

export interface PageSessionDeps {
  doc: Document;
  win: Window;
  background: Background;
  card: CardPresenter;
  scheduler: Scheduler;
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
  private readonly queue = new ReadQueue(
    (work) => (work.full ? this.readAll(work.fresh) : this.readParts([...work.regions])),
    () => this.on !== null,
  );
  /** Ends when the site is switched off; everything that watches the page hangs off it. */
  private on: AbortController | null = null;
  /** Ends when the page is read again as a whole: the watchers of the old root. */
  private watching: AbortController | null = null;
  private settleTimer = 0;
  private readonly view: PageView;

  constructor(private readonly deps: PageSessionDeps) {
    this.ledger = new MentionLedger(deps.doc);
    this.view = new PageView(deps);
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

  private changed({ rootMoved, touched, regions }: ArticleChanges): void {
    if (rootMoved) this.readAgain();
    else if (touched && this.ledger.prune()) this.view.show(this.ledger);
    if (!rootMoved && regions.length > 0) void this.queue.request({ full: false, regions: new Set(regions) });
  }

  private async readAll(fresh: boolean): Promise<void> {
    const generation = ++this.generation;
    this.watching?.abort();
    this.watching = childController((this.on as AbortController).signal);
    const watch: WatchDeps = { win: this.deps.win, scheduler: this.deps.scheduler, signal: this.watching.signal };
    const found = findArticleRoot(this.deps.doc);
    const root = found.isArticle ? found.root : null;
    this.root = root;
    const ledger = new MentionLedger(this.deps.doc);
    if (fresh || !root) watchForRoot(this.deps.doc, root, watch, () => this.readAgain());
    if (!root) return this.install(ledger, 'no-article');
    const index = readPart(root);
    // Watching starts as the text is read, so nothing the page adds during the lookups is missed.
    watchArticle(root, watch, (changes) => this.changed(changes));
    this.status = 'scanning';
    const [part] = await detectParts([index], this.deps.background);
    if (generation !== this.generation || !part) return;
    ledger.add(part.index, part.candidates);
    await ledger.resolve(this.deps.background);
    if (generation === this.generation) this.install(ledger, 'article');
  }

  private async readParts(regions: Element[]): Promise<void> {
    const { generation, root, ledger } = this;
    if (!root) return;
    const parts = regions.filter((r) => r.isConnected && root.contains(r));
    const indexes = parts.filter((r) => isReadable(r, root)).map((r) => readPart(r));
    const texts = indexes.filter((i) => /\S/.test(i.text));
    // Removed or emptied blocks need only forgetting: no message to the background.
    const found = texts.length > 0 ? await detectParts(texts, this.deps.background) : [];
    if (generation !== this.generation) return;
    if (!ledger.reread(parts, found)) return;
    if (found.some((p) => p.candidates.length > 0)) await ledger.resolve(this.deps.background);
    if (generation !== this.generation) return;
    ledger.prune();
    this.view.show(ledger);
  }

  private install(ledger: MentionLedger, status: PageStatus): void {
    ledger.prune();
    [this.ledger, this.status] = [ledger, status];
    this.view.show(ledger);
  }
}
