import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { Popup, type PopupModel } from '../../../components/popup/Popup';
import type { PageState } from '../../../lib/protocol/messages';
import { renderT } from '../../helpers/i18n';

const page: PageState = {
  site: 'news.example',
  enabled: true,
  status: 'article',
  entities: [
    { id: 'PERSON:maks boqaev', name: 'Maks Boqaev', type: 'PERSON', mentions: 7 },
    { id: 'PLACE:atyrau', name: 'Atyrau', type: 'PLACE', mentions: 4, description: 'City in western Kazakhstan.' },
    { id: 'PERSON:talgat ayan', name: 'Talgat Ayan', type: 'PERSON', mentions: 1 },
  ],
};

const show = (model: PopupModel, paused = false, saveError: string | null = null) => {
  const handlers = { onToggleSite: vi.fn(), onReveal: vi.fn(), onTogglePause: vi.fn(), onOpenOptions: vi.fn() };
  renderT(<Popup model={model} paused={paused} saveError={saveError} {...handlers} />);
  return handlers;
};

describe('Popup', () => {
  it('groups the names by type with their counts', () => {
    show({ kind: 'ready', page });
    const people = screen.getByRole('region', { name: 'People' });
    expect([...people.querySelectorAll('.entity-name')].map((n) => n.textContent)).toEqual([
      'Maks Boqaev',
      'Talgat Ayan',
    ]);
    expect(screen.getByRole('region', { name: 'Places' }).textContent).toContain('City in western Kazakhstan.');
    expect(screen.queryByRole('region', { name: 'Organisations' })).toBeNull();
  });

  it('reveals a name when its row is clicked', () => {
    const { onReveal } = show({ kind: 'ready', page });
    fireEvent.click(screen.getByRole('button', { name: /Atyrau/ }));
    expect(onReveal).toHaveBeenCalledWith('PLACE:atyrau');
  });

  it('switches the site off from the switch', () => {
    const { onToggleSite } = show({ kind: 'ready', page });
    const toggle = screen.getByRole('switch', { name: 'Highlights on news.example' });
    fireEvent.click(toggle);
    expect(onToggleSite).toHaveBeenCalledWith(false);
  });

  it.each([
    ['a page the browser keeps from extensions', { kind: 'unsupported' } as PopupModel, 'unsupported'],
    [
      'a page with no article',
      { kind: 'ready', page: { ...page, status: 'no-article', entities: [] } } as PopupModel,
      'no-article',
    ],
    [
      'a site switched off',
      { kind: 'ready', page: { ...page, enabled: false, status: 'off', entities: [] } } as PopupModel,
      'off',
    ],
  ])('says what to do on %s', (_, model, state) => {
    show(model);
    const note = document.querySelector(`[data-state="${state}"]`);
    expect(note?.textContent?.length).toBeGreaterThan(20);
    expect(document.querySelectorAll('[data-state]')).toHaveLength(1);
  });

  it('says what is off limits on a page it cannot read', () => {
    show({ kind: 'unsupported' });
    expect(screen.getByText(/can't read this page: browser pages and the extension store/)).toBeTruthy();
    expect(screen.queryByRole('switch', { name: /Highlights on/ })).toBeNull();
  });

  it('pauses every site from its own switch, shown on every kind of page', () => {
    for (const model of [{ kind: 'unsupported' }, { kind: 'loading' }, { kind: 'ready', page }] as PopupModel[]) {
      const { onTogglePause } = show(model);
      fireEvent.click(screen.getByRole('switch', { name: 'Pause on every site' }));
      expect(onTogglePause).toHaveBeenCalledWith(true);
      cleanup();
    }
  });

  it('while paused, says so, hides the list and keeps the site’s own switch as it is', () => {
    show({ kind: 'ready', page }, true);
    expect(screen.getByRole<HTMLInputElement>('switch', { name: 'Pause on every site' }).checked).toBe(true);
    expect(screen.getByRole<HTMLInputElement>('switch', { name: 'Highlights on news.example' }).checked).toBe(true);
    expect(document.querySelector('[data-state="paused"]')?.textContent).toMatch(/paused on every site/);
    expect(screen.queryByRole('region', { name: 'People' })).toBeNull();
  });

  it('leads to the options page, saying what is there', () => {
    const { onOpenOptions } = show({ kind: 'unsupported' });
    const button = screen.getByRole('button', { name: 'Options' });
    expect(button.getAttribute('aria-describedby')).toBe('options-hint');
    expect(document.getElementById('options-hint')?.textContent).toMatch(/Sites.*highlight.*hover delay.*glossaries/);
    fireEvent.click(button);
    expect(onOpenOptions).toHaveBeenCalled();
  });

  it('shows a setting that could not be stored as an alert', () => {
    show({ kind: 'unsupported' }, false, 'Error: QUOTA_BYTES quota exceeded.');
    expect(screen.getByRole('alert').textContent).toMatch(/Could not save: Error: QUOTA_BYTES quota exceeded\./);
  });
});

describe('Popup shortcuts', () => {
  it('lists each shortcut with its keys, and says when one has none', () => {
    const shortcuts = [
      { name: 'toggle-site', description: 'Turn highlights on or off on this site', keys: 'Alt+Shift+H' },
      { name: 'open-card', description: 'Open the card', keys: '' },
    ];
    const handlers = { onToggleSite: vi.fn(), onReveal: vi.fn(), onTogglePause: vi.fn(), onOpenOptions: vi.fn() };
    renderT(<Popup model={{ kind: 'ready', page }} paused={false} shortcuts={shortcuts} {...handlers} />);
    const rows = [...document.querySelectorAll('.shortcut')].map((row) => [
      row.querySelector('dt')?.textContent,
      row.querySelector('dd')?.textContent,
    ]);
    expect(rows).toEqual([
      ['Alt+Shift+H', 'Turn highlights on or off on this site'],
      ['not set', 'Open the card'],
    ]);
    expect(screen.getByText('Keyboard shortcuts').localName).toBe('summary');
    cleanup();
  });
});
