import { fireEvent, screen, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { OptionsPage } from '../../../../components/options/OptionsPage';
import { renderT } from '../../../helpers/i18n';
import { optionsProps } from './fixtures';

describe('the options page', () => {
  it('has one title and a heading for every section, in order', () => {
    renderT(<OptionsPage {...optionsProps()} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Backstory options');
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'Sites',
      'Highlighted types',
      'Highlight style',
      'Hover delay',
      'Your glossaries',
      'Online lookups',
      'Cached lookups',
    ]);
    for (const name of ['Sites', 'Highlighted types', 'Highlight style', 'Hover delay', 'Cached lookups'])
      expect(screen.getByRole('region', { name })).toBeTruthy();
  });

  it('groups the type and style choices in fieldsets with legends', () => {
    renderT(<OptionsPage {...optionsProps()} />);
    const groups = screen.getAllByRole('group').filter((g) => g.tagName === 'FIELDSET');
    expect(groups.map((g) => g.querySelector('legend')?.textContent)).toEqual(['Highlighted types', 'Highlight style']);
  });

  it('shows a setting that could not be stored as an alert', () => {
    renderT(<OptionsPage {...optionsProps({ saveError: 'Error: MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded' })} />);
    expect(screen.getByRole('alert').textContent).toMatch(/could not be saved: Error: MAX_WRITE.*tries again/);
  });

  it('switches a type and a style through its callbacks', () => {
    const props = optionsProps();
    renderT(<OptionsPage {...props} />);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Places' }));
    expect(props.look.onType).toHaveBeenCalledWith('PLACE', false);
    fireEvent.click(screen.getByRole('radio', { name: 'Tint' }));
    expect(props.look.onStyle).toHaveBeenCalledWith('tint');
    fireEvent.click(screen.getByRole('radio', { name: 'Underline the first mention only' }));
    expect(props.look.onStyle).toHaveBeenLastCalledWith('first-mention');
  });

  it('offers the three styles in order, the chosen one checked', () => {
    const props = optionsProps();
    props.look.style = 'first-mention';
    renderT(<OptionsPage {...props} />);
    const radios = screen.getAllByRole<HTMLInputElement>('radio').filter((r) => r.name === 'highlight-style');
    expect(radios.map((r) => [r.value, r.checked])).toEqual([
      ['underline', false],
      ['first-mention', true],
      ['tint', false],
    ]);
    expect(screen.getByRole('radio', { name: 'Underline the first mention only' })).toBe(radios[1]);
  });

  it('draws a sample of every type in the chosen style', () => {
    const props = optionsProps();
    props.look.style = 'tint';
    renderT(<OptionsPage {...props} />);
    const samples = [...document.querySelectorAll<HTMLElement>('.sample')];
    expect(samples.map((s) => [s.textContent, s.dataset.type, s.dataset.style])).toEqual([
      ['Person', 'PERSON', 'tint'],
      ['Place', 'PLACE', 'tint'],
      ['Organisation', 'ORG', 'tint'],
      ['Term', 'TERM', 'tint'],
      ['Name', 'NAME', 'tint'],
    ]);
    expect(screen.getByRole<HTMLInputElement>('radio', { name: 'Tint' }).checked).toBe(true);
  });

  it('labels the dwell slider with its value in milliseconds and reports moves', () => {
    const props = optionsProps({ dwell: { dwellMs: 650, onDwell: optionsProps().dwell.onDwell } });
    renderT(<OptionsPage {...props} />);
    const slider = screen.getByRole<HTMLInputElement>('slider', { name: 'Wait before a card opens' });
    expect([slider.min, slider.max, slider.value]).toEqual(['150', '1500', '650']);
    expect(slider.getAttribute('aria-valuetext')).toBe('650 ms');
    fireEvent.input(slider, { target: { value: '900' } });
    expect(props.dwell.onDwell).toHaveBeenCalledWith(900);
  });

  it('says lookups are off when the page has no switch for them, with no control to pretend otherwise', () => {
    renderT(<OptionsPage {...optionsProps()} />);
    const lookups = screen.getByRole('region', { name: 'Online lookups' });
    expect(lookups.textContent).toMatch(/^Online lookupsOff\./);
    expect(lookups.querySelectorAll('input, select, button')).toHaveLength(0);
  });

  it('has the lookups switch, what it sends, and the Wikipedia language', () => {
    const online = {
      on: false,
      language: '',
      autoLanguage: 'en',
      denied: true,
      error: null,
      onToggle: vi.fn(),
      onLanguage: vi.fn(),
    };
    const props = optionsProps();
    renderT(<OptionsPage {...props} data={{ ...props.data, online }} />);
    const lookups = screen.getByRole('region', { name: 'Online lookups' });
    expect(lookups.textContent).toContain('never the page text or address');
    fireEvent.click(within(lookups).getByRole('switch', { name: 'Look names up on Wikipedia and Wikidata' }));
    expect(online.onToggle).toHaveBeenCalledWith(true);
    expect(within(lookups).getByRole('alert').textContent).toMatch(/did not allow/);
    const language = within(lookups).getByRole<HTMLSelectElement>('combobox', { name: 'Wikipedia language' });
    expect(language.options[0]?.textContent).toBe('Same as the browser (en)');
    fireEvent.change(language, { target: { value: 'kk' } });
    expect(online.onLanguage).toHaveBeenCalledWith('kk');
  });

  it('ends with the privacy policy, opened through the entrypoint, not a link the page could steer', () => {
    const props = optionsProps();
    renderT(<OptionsPage {...props} />);
    fireEvent.click(screen.getByRole('button', { name: 'Privacy policy: what Backstory reads, keeps and sends' }));
    expect(props.onPrivacy).toHaveBeenCalledTimes(1);
  });
});
