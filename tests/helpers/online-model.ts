/** The online lookups model the popup, the options page and the lookups page render, with spies for its actions. */
import { vi } from 'vitest';
import type { OnlineLookupsModel } from '../../hooks/use-online-lookups';

export const onlineModel = (on: boolean | null, denied = false): OnlineLookupsModel => ({
  on,
  language: '',
  autoLanguage: 'en',
  denied,
  error: null,
  onToggle: vi.fn(),
  onLanguage: vi.fn(),
});
