import { fireEvent, screen, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { Popup } from '../../../components/popup/Popup';
import type { EntitySummary } from '../../../lib/model';
import { renderT } from '../../helpers/i18n';

const entities: EntitySummary[] = [
  { id: 'P:boqaev', name: 'Maks Boqaev', type: 'PERSON', mentions: 2, firstAt: 10, role: 'a rights activist' },
  { id: 'P:toqaev', name: 'Qasym-Zhomart Toqaev', type: 'PERSON', mentions: 5, firstAt: 300, forms: ['Tokayev'] },
  {
    id: 'L:atyrau',
    name: 'Atyrau',
    type: 'PLACE',
    mentions: 4,
    firstAt: 40,
    description: 'City in western Kazakhstan.',
  },
  { id: 'L:zhanaozen', name: 'Zhanaözen', type: 'PLACE', mentions: 1, firstAt: 90 },
  { id: 'O:hrw', name: 'Human Rights Watch', type: 'ORG', mentions: 1, firstAt: 500 },
  { id: 'T:land', name: 'land reform', type: 'TERM', mentions: 3, firstAt: 20 },
];

function show() {
  const onReveal = vi.fn();
  const page = { site: 'news.example', enabled: true, status: 'article' as const, entities };
  renderT(
    <Popup
      model={{ kind: 'ready', page }}
      onToggleSite={vi.fn()}
      onReveal={onReveal}
      onOpenOptions={vi.fn()}
      paused={false}
      onTogglePause={vi.fn()}
    />,
  );
  return { onReveal, search: screen.getByRole('searchbox', { name: 'Search names' }) as HTMLInputElement };
}

const rowNames = () => [...document.querySelectorAll('.entity-name')].map((n) => n.textContent);
const type = (search: HTMLInputElement, text: string) => fireEvent.input(search, { target: { value: text } });

describe('the popup list', () => {
  it('shows each row with its name, role, count and description', () => {
    show();
    const row = screen.getByRole('button', { name: /^Maks Boqaev/ });
    expect(row.textContent).toContain('a rights activist');
    expect(row.textContent).toContain('2 mentions');
    const description = screen.getByText('City in western Kazakhstan.');
    expect(description.getAttribute('title')).toBe('City in western Kazakhstan.');
    expect(screen.getByRole('status').textContent).toBe('6 names');
  });

  it('narrows the rows to a search, ignoring case and accents, over names, spellings and descriptions', () => {
    const { search } = show();
    type(search, 'ZHANAOZEN');
    expect(rowNames()).toEqual(['Zhanaözen']);
    type(search, 'tokayev');
    expect(rowNames()).toEqual(['Qasym-Zhomart Toqaev']);
    type(search, 'kazakhstan');
    expect(rowNames()).toEqual(['Atyrau']);
    expect(screen.getByRole('status').textContent).toBe('1 of 6 names');
  });

  it('hides a type with its toggle and shows it again', () => {
    show();
    const people = within(screen.getByRole('group', { name: 'Show types' })).getByRole('button', { name: 'People' });
    expect(people.getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(people);
    expect(people.getAttribute('aria-pressed')).toBe('false');
    expect(screen.queryByRole('region', { name: 'People' })).toBeNull();
    expect(screen.getByRole('region', { name: 'Places' })).toBeTruthy();
    fireEvent.click(people);
    expect(screen.getByRole('region', { name: 'People' })).toBeTruthy();
  });

  it('sorts by first mention, or by number of mentions', () => {
    show();
    const places = () => within(screen.getByRole('region', { name: 'People' })).getAllByRole('button');
    expect(places().map((b) => b.querySelector('.entity-name')?.textContent)).toEqual([
      'Maks Boqaev',
      'Qasym-Zhomart Toqaev',
    ]);
    fireEvent.change(screen.getByRole('combobox', { name: 'Sort' }), { target: { value: 'mentions' } });
    expect(places().map((b) => b.querySelector('.entity-name')?.textContent)).toEqual([
      'Qasym-Zhomart Toqaev',
      'Maks Boqaev',
    ]);
  });

  it('says when nothing matches and clears the search and the filters', () => {
    const { search } = show();
    fireEvent.click(screen.getByRole('button', { name: 'Organisations' }));
    type(search, 'xyzzy');
    expect(rowNames()).toEqual([]);
    expect(document.querySelector('[data-state="no-match"]')?.textContent).toContain('No names match “xyzzy”.');
    fireEvent.click(screen.getByRole('button', { name: 'Clear search' }));
    expect(search.value).toBe('');
    expect(document.activeElement).toBe(search);
    expect(rowNames()).toHaveLength(6);
    expect(screen.getByRole('button', { name: 'Organisations' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('says so when the filters alone leave nothing', () => {
    show();
    for (const name of ['People', 'Places', 'Organisations', 'Terms'])
      fireEvent.click(screen.getByRole('button', { name }));
    expect(document.querySelector('[data-state="no-match"]')?.textContent).toContain('No names of the types shown.');
  });

  it('lets the keyboard reach and work every control and row', () => {
    const { onReveal, search } = show();
    const controls = [...document.querySelectorAll<HTMLElement>('input[type="search"], button, select')];
    // Native controls: Tab reaches each, and the browser turns Enter and Space on a button into a click.
    for (const el of controls) expect(el.tabIndex, el.outerHTML.slice(0, 60)).toBe(0);
    expect(controls.filter((el) => el.classList.contains('entity'))).toHaveLength(6);
    expect(controls.every((el) => el.localName !== 'button' || el.getAttribute('type') === 'button')).toBe(true);
    expect(controls.indexOf(search)).toBeLessThan(controls.findIndex((el) => el.classList.contains('entity')));
    const row = screen.getByRole('button', { name: /^Atyrau/ });
    row.focus();
    expect(document.activeElement).toBe(row);
    // happy-dom does not turn keys into clicks; the e2e test presses the real keys in Chromium.
    fireEvent.click(row);
    expect(onReveal).toHaveBeenCalledWith('L:atyrau');
  });
});
