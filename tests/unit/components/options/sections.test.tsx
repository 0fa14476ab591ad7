import { fireEvent, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { DataSections } from '../../../../components/options/DataSections';
import { GlossaryManager } from '../../../../components/options/GlossaryManager';
import { SitesSection } from '../../../../components/options/SitesSection';
import { renderT } from '../../../helpers/i18n';
import { optionsProps } from './fixtures';

describe('the sites section', () => {
  it('explains where sites come from while there are none, with no search', () => {
    renderT(<SitesSection sites={[]} onToggle={vi.fn()} />);
    expect(document.querySelector('[data-state="no-sites"]')?.textContent).toMatch(/once you switch it .* popup/);
    expect(screen.queryByRole('searchbox')).toBeNull();
  });

  it('lists each site with its switch and narrows to a search', () => {
    const { sites } = optionsProps();
    renderT(<SitesSection {...sites} />);
    expect(
      screen.getAllByRole('switch').map((s) => [s.getAttribute('aria-label'), (s as HTMLInputElement).checked]),
    ).toEqual([
      ['Highlights on news.example', false],
      ['Highlights on blog.example.org', true],
      ['Highlights on astana.times', false],
    ]);
    expect(screen.getByRole('status').textContent).toBe('3 sites');
    fireEvent.input(screen.getByRole('searchbox', { name: 'Search sites' }), { target: { value: ' EXAMPLE ' } });
    expect(screen.getAllByRole('switch')).toHaveLength(2);
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'astana' } });
    expect(screen.getByRole('status').textContent).toBe('1 site');
    fireEvent.click(screen.getByRole('switch', { name: 'Highlights on astana.times' }));
    expect(sites.onToggle).toHaveBeenCalledWith('astana.times', true);
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'nowhere' } });
    expect(document.querySelector('[data-state="no-match"]')?.textContent).toBe('No site matches “nowhere”.');
  });
});

describe('the cache section', () => {
  const show = (cache: Parameters<typeof DataSections>[0]['cache']) => {
    const onClearCache = vi.fn();
    renderT(<DataSections cache={cache} onClearCache={onClearCache} />);
    return { onClearCache, button: screen.getByRole<HTMLButtonElement>('button', { name: 'Clear cache' }) };
  };

  it('says "Nothing cached" and offers nothing to clear when there is nothing', () => {
    const { button } = show({ kind: 'empty' });
    expect(screen.getByRole('status').textContent).toBe('Nothing cached.');
    expect(button.disabled).toBe(true);
  });

  it.each([
    [1, '1 lookup is cached.'],
    [42, '42 lookups are cached.'],
  ])('says how much is cached (%i) and clears it', (entries, text) => {
    const { button, onClearCache } = show({ kind: 'stored', entries });
    expect(screen.getByRole('status').textContent).toBe(text);
    fireEvent.click(button);
    expect(onClearCache).toHaveBeenCalled();
  });

  it('says when clearing failed', () => {
    show({ kind: 'failed', error: 'blocked' });
    expect(screen.getByRole('alert').textContent).toBe('The cache could not be cleared: blocked');
  });
});

describe('the glossary manager', () => {
  it('counts entries with the singular and the plural', () => {
    renderT(<GlossaryManager {...optionsProps().glossaries} />);
    expect([...document.querySelectorAll('.glossary-count')].map((n) => n.textContent)).toEqual([
      '1 entry',
      '12 entries',
    ]);
  });

  it('names the glossary in each action, and asks before deleting', () => {
    const { glossaries } = optionsProps();
    const { rerender } = renderT(<GlossaryManager {...glossaries} />);
    fireEvent.click(screen.getByRole('button', { name: 'Export Oil as JSON' }));
    expect(glossaries.onExport).toHaveBeenCalledWith('b', 'json');
    fireEvent.click(screen.getByRole('button', { name: 'Delete Oil…' }));
    expect(glossaries.onAskDelete).toHaveBeenCalledWith('b');
    rerender(<GlossaryManager {...glossaries} confirmingDelete="b" />);
    expect(screen.getByText(/Delete Oil\?/)).toBeTruthy();
  });

  it('lists rows with problems and offers the valid ones', () => {
    const { glossaries } = optionsProps();
    const pending = {
      fileName: 'list.csv',
      valid: 1,
      errors: [{ line: 3, message: { key: 'glossRowType' as const, subs: [] } }],
    };
    renderT(<GlossaryManager {...glossaries} pending={pending} />);
    const region = screen.getByRole('region', { name: 'Rows with problems' });
    expect(region.textContent).toMatch(
      /^list\.csv: 1 valid entry, 1 row with problems:Line 3: needs a type: PERSON, PLACE, ORG or TERM/,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Import the 1 valid entry' }));
    expect(glossaries.onConfirmImport).toHaveBeenCalled();
  });
});
