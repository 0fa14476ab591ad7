import { useLayoutEffect, useRef } from 'preact/hooks';
import { type Placement, placeCard } from '../../lib/page/place-card';
import { Card, type CardProps } from './Card';

/** The card's size before it is measured (the stylesheet sets 23em of 14px; a typical card's height). */
const ESTIMATED_SIZE = { width: 322, height: 240 };

export interface Viewport {
  width: number;
  height: number;
}

export interface CardFrameProps extends CardProps {
  anchor: DOMRect;
  viewport: Viewport;
  /** The page reads right to left where the name is: the card lines up with the word's right edge. */
  rtl?: boolean;
}

const px = (n: number | undefined) => (n === undefined ? '' : `${n}px`);

function apply(style: CSSStyleDeclaration, place: Placement): void {
  style.left = px(place.left);
  style.top = px(place.top);
  style.bottom = px(place.bottom);
  style.maxHeight = px(place.maxHeight);
}

/** Places the card next to the name, never over it, inside the viewport; placed again once its size is measured. */
export function CardFrame({ anchor, viewport, rtl, ...card }: CardFrameProps) {
  const frame = useRef<HTMLDivElement>(null);
  const first = placeCard(anchor, viewport, ESTIMATED_SIZE, rtl);
  // Layout effects run before the browser paints, so the measured placement is the first one a reader sees.
  useLayoutEffect(() => {
    const element = frame.current;
    const width = element?.getBoundingClientRect().width;
    // scrollHeight is the content's whole height even while max-height cuts it short; the borders come on top.
    const height = element ? element.scrollHeight + element.offsetHeight - element.clientHeight : 0;
    if (element && width) apply(element.style, placeCard(anchor, viewport, { width, height }, rtl));
  });
  return (
    <div
      ref={frame}
      class="card-frame"
      style={{ left: px(first.left), top: px(first.top), bottom: px(first.bottom), maxHeight: px(first.maxHeight) }}
    >
      <Card {...card} />
    </div>
  );
}
