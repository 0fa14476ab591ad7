import { fireEvent, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { Popup, type PopupModel } from '../../../components/popup/Popup';
import type { PageState } from '../../../lib/protocol';
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

const show = (model: PopupModel) => {
  const onToggleSite = vi.fn();
  const onReveal = vi.fn();
  renderT(<Popup model={model} onToggleSite={onToggleSite} onReveal={onReveal} onOpenOptions={vi.fn()} />);
  return { onToggleSite, onReveal };
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
  });
});
