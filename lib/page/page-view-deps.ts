import type { CardPresenter } from './card-presenter';
import type { HighlightLook } from './highlight-look';
import type { Scheduler } from './scheduler';

/** What the page view needs from the page and the extension. */
export interface PageViewDeps {
  doc: Document;
  win: Window;
  card: CardPresenter;
  scheduler: Scheduler;
  /** Asks the background to hide a name on this site, or show it again; without it the card offers neither. */
  hideName?: (name: string, hidden: boolean) => void;
  /** The reader's types, style and dwell; the defaults when not given. */
  look?: HighlightLook;
}
