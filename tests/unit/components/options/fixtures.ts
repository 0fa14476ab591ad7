import { vi } from 'vitest';
import type { OptionsPageProps } from '../../../../components/options/OptionsPage';
import { HIGHLIGHTED_TYPES } from '../../../../lib/settings/settings';

/** Options page props with every callback a spy, and the model given. */
export function optionsProps(change: Partial<OptionsPageProps> = {}): OptionsPageProps {
  return {
    sites: {
      sites: [
        { site: 'news.example', on: false },
        { site: 'blog.example.org', on: true },
        { site: 'astana.times', on: false },
      ],
      onToggle: vi.fn(),
    },
    look: { types: HIGHLIGHTED_TYPES.fallback, style: 'underline', onType: vi.fn(), onStyle: vi.fn() },
    dwell: { dwellMs: 400, onDwell: vi.fn() },
    data: { cache: { kind: 'empty' }, onClearCache: vi.fn() },
    glossaries: {
      glossaries: [
        { id: 'a', name: 'Kazakh activists', entries: 1, importedAt: 1 },
        { id: 'b', name: 'Oil', entries: 12, importedAt: 2 },
      ],
      pending: null,
      message: null,
      confirmingDelete: null,
      onFile: vi.fn(),
      onConfirmImport: vi.fn(),
      onCancelImport: vi.fn(),
      onExport: vi.fn(),
      onAskDelete: vi.fn(),
      onDelete: vi.fn(),
    },
    saveError: null,
    onPrivacy: vi.fn(),
    ...change,
  };
}
