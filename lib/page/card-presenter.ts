/** What the page view asks of whatever draws the card (the content script's shadow-root host). */
import type { CardModel, MentionNavigation, SiteHiding } from '../model';
import type { OnlineCard } from '../online/view';

export interface CardOpen {
  model: CardModel;
  /** The mention's box in the viewport: the card goes beside it, never over it. */
  anchor: DOMRect;
  navigation?: MentionNavigation;
  hiding?: SiteHiding;
  /** The page reads right to left at the mention. */
  rtl?: boolean;
  /** Set and changed by each keyboard open: focus moves into the card, and returns where it was when it closes. */
  focusRequest?: number;
  /** Escape or the card's Close button. */
  onClose(): void;
  /** What Wikipedia says about the name, added by the content script once the background answers. */
  online?: OnlineCard;
  /** Opens the offline data's sources and licences in full, added by the content script. */
  onLicences?: () => void;
}

export interface CardPresenter {
  show(open: CardOpen): void;
  hide(): void;
  /** Whether an event target is the card's own host. */
  owns(target: EventTarget | null): boolean;
}
