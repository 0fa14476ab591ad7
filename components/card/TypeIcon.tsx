import type { HighlightType } from '../../lib/model';

/**
 * One small shape per type, drawn with SVG elements so nothing is loaded: a head and shoulders, a map pin, a
 * building, an open book, a tag. Decorative: the type is also written out beside it.
 */
const SHAPES: Readonly<Record<HighlightType, string>> = {
  PERSON: 'M12 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8Zm-7 8a7 7 0 0 1 14 0Z',
  PLACE: 'M12 2a7 7 0 0 0-7 7c0 5 7 13 7 13s7-8 7-13a7 7 0 0 0-7-7Zm0 9.5a2.5 2.5 0 1 1 0-5 2.5 2.5 0 0 1 0 5Z',
  ORG: 'M4 21V5l8-3 8 3v16h-6v-5h-4v5Zm4-13v2h2V8Zm6 0v2h2V8Zm-6 4v2h2v-2Zm6 0v2h2v-2Z',
  TERM: 'M3 5c3-1.5 6-1.5 9 .5 3-2 6-2 9-.5v14c-3-1.5-6-1.5-9 .5-3-2-6-2-9-.5Zm9 .5v14',
  NAME: 'M3 12V4h8l10 10-8 8Zm4.5-4.5a1.5 1.5 0 1 0 0 .1Z',
};

export function TypeIcon({ type }: { type: HighlightType }) {
  return (
    <svg class="card-icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
      <path d={SHAPES[type]} />
    </svg>
  );
}
