import { useLayoutEffect, useRef } from 'preact/hooks';
import { type Placement, placeCard } from '../../lib/page/place-card';
import { Card, type CardProps } from './Card';

/** The card's width before it is measured (the stylesheet sets 23em of 14px); the real width replaces it. */
const ESTIMATED_WIDTH_PX = 322;

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

/** Places the card next to the name, never over it, inside the viewport; its width comes from the stylesheet. */
export function CardFrame({ anchor, viewport, rtl, ...card }: CardFrameProps) {
  const frame = useRef<HTMLDivElement>(null);
  const first = placeCard(anchor, viewport, ESTIMATED_WIDTH_PX, rtl);
  // Layout effects run before the browser paints, so the measured placement is the first one a reader sees.
  useLayoutEffect(() => {
    const element = frame.current;
    const width = element?.getBoundingClientRect().width;
    if (element && width) apply(element.style, placeCard(anchor, viewport, width, rtl));
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
