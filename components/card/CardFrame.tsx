import type { CardModel, MentionNavigation } from '../../lib/model';
import { Card } from './Card';

/** Gap between the name and its card, in CSS pixels. */
const GAP_PX = 8;
/** Room the card needs below a name before it opens above it instead. */
const ROOM_BELOW_PX = 240;
const CARD_WIDTH_PX = 320;

export interface Viewport {
  width: number;
  height: number;
}

export interface CardFrameProps {
  model: CardModel;
  anchor: DOMRect;
  viewport: Viewport;
  navigation?: MentionNavigation;
}

/** Places the card next to the name, never over it, inside the viewport. */
export function CardFrame({ model, anchor, viewport, navigation }: CardFrameProps) {
  const left = Math.max(GAP_PX, Math.min(anchor.left, viewport.width - CARD_WIDTH_PX - GAP_PX));
  const below = viewport.height - anchor.bottom >= ROOM_BELOW_PX || anchor.top < ROOM_BELOW_PX;
  const style = below
    ? { left: `${left}px`, top: `${anchor.bottom + GAP_PX}px` }
    : { left: `${left}px`, bottom: `${viewport.height - anchor.top + GAP_PX}px` };
  return (
    <div class="card-frame" style={{ ...style, width: `${CARD_WIDTH_PX}px` }}>
      <Card model={model} navigation={navigation} />
    </div>
  );
}
