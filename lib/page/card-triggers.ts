/**
 * What opens and closes the card: a pointer resting on a name (hover intent),
 * a tap on one, a press elsewhere, Escape; and a scroll, which keeps an open
 * card beside its word and stops one about to open.
 */
import type { HoverIntent } from '../highlight/hover-intent';
import type { MentionRange } from '../highlight/mention-range';
import type { ReadingActivity } from '../highlight/reading-activity';
import type { CardPresenter } from './card-presenter';
import { listenToReader } from './reader-input';
import type { Scheduler } from './scheduler';

export interface CardTriggers {
  hover: HoverIntent<MentionRange>;
  activity: ReadingActivity;
  /** The highlighted mention under a pointer, if any. */
  at(event: PointerEvent): MentionRange | null;
  /** Draws the open card again beside its mention. */
  redraw(): void;
}

export function listenForCards(
  { doc, card, scheduler }: { doc: Document; card: CardPresenter; scheduler: Scheduler },
  { hover, activity, at, redraw }: CardTriggers,
  signal: AbortSignal,
): void {
  const { requestFrame, cancelFrame } = scheduler;
  listenToReader(
    { doc, requestFrame, cancelFrame },
    activity,
    {
      moved: (e) => (card.owns(e.target) ? hover.holdCard() : hover.pointAt(at(e))),
      // A tap on a name opens its card at once and keeps it; a tap anywhere else but the card closes it.
      tapped: (e) => {
        if (card.owns(e.target)) return;
        const target = at(e);
        if (target) hover.open(target);
        else hover.dismiss();
      },
      pressed: (e) => !card.owns(e.target) && hover.dismiss(),
      busy: () => hover.interrupt(),
      scrolled: () => hover.current && redraw(),
      escape: () => hover.dismiss(),
    },
    signal,
  );
}
