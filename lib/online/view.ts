/** What a card shows of an online lookup: plain data the background sends and the card renders as text. */
import type { CandidateSummary, Confidence } from './lookup-types';

export type { CandidateSummary, Confidence };

export type OnlineView =
  /** Lookups are off: nothing was sent, and the card says where to turn them on. */
  | { status: 'off' }
  | {
      status: 'found';
      /** 'chosen' when the reader picked this item with "Not this one". */
      confidence: Confidence | 'chosen';
      qid: string;
      lang: string;
      title: string;
      description: string;
      /** Plain text, never HTML. */
      extract: string;
      /** Other items the reader may pick instead. */
      others: CandidateSummary[];
      /** An expired answer shown because a new one could not be had. */
      stale: boolean;
    }
  | { status: 'ambiguous'; lang: string; candidates: CandidateSummary[] }
  | { status: 'not-found' }
  /** Only on the card, while the name the reader asked for is being looked up. */
  | { status: 'looking' }
  /** The reader, or the browser, did not let Backstory reach Wikimedia for the name asked for: nothing was sent. */
  | { status: 'denied' }
  /** The reader said none of the candidates is this name. */
  | { status: 'none' }
  | { status: 'failed'; message: string };

/** What the card can do with an online answer; given to it by the content script. */
export interface OnlineCard {
  view: OnlineView;
  /** Asks the background to open the article in a new tab. */
  openArticle(lang: string, title: string): void;
  /** "Not this one": another item, 'none', or null to forget the choice. */
  choose(choice: string | null): void;
  /** "Look up on Wikipedia" while lookups are off: this one name, on the reader's click. */
  lookUp(): void;
  /**
   * Present when the answer came from such a click: the card offers to look up every name, which the reader turns on
   * in an extension page (a web page may not change the setting).
   */
  offerAll?: () => void;
}
