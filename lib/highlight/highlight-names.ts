/** The names of the CSS Custom Highlights Backstory registers, one per type. */
import type { HighlightType } from '../model';

export const HIGHLIGHT_NAMES: Readonly<Record<HighlightType, string>> = {
  PERSON: 'backstory-person',
  PLACE: 'backstory-place',
  ORG: 'backstory-org',
  TERM: 'backstory-term',
  NAME: 'backstory-name',
};

/** A short-lived highlight that marks the mention the reader jumped to. */
export const FLASH_HIGHLIGHT = 'backstory-flash';
