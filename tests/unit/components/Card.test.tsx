import { screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { Card } from '../../../components/card/Card';
import { CardFrame } from '../../../components/card/CardFrame';
import type { CardModel } from '../../../lib/model';
import { renderT } from '../../helpers/i18n';

const model: CardModel = {
  name: 'Atyrau',
  type: 'PLACE',
  description: 'City in western Kazakhstan.',
  sourceLabel: 'Backstory starter set',
  mentions: 4,
  forms: ['Atyrau', 'ATYRAU'],
  facts: [{ label: 'factCountry', value: 'Kazakhstan' }],
  alsoWritten: ['ATYRAU'],
  firstMention: 'A court in Atyrau ruled on Tuesday.',
};

describe('Card', () => {
  it('shows the name, type, description, mention count and source', () => {
    renderT(<Card model={model} />);
    const card = screen.getByRole('dialog', { name: 'Place: Atyrau' });
    expect(card.textContent).toContain('City in western Kazakhstan.');
    expect(card.textContent).toContain('Mentioned 4 times in this article');
    expect(card.textContent).toContain('Source: Backstory starter set');
    expect(card.querySelector('.card-also')?.textContent).toBe('Also written ATYRAU');
    expect(card.querySelector('.card-first')?.textContent).toBe('A court in Atyrau ruled on Tuesday.');
  });

  it('renders markup in a description as plain text', () => {
    renderT(<Card model={{ ...model, description: '<img src=x onerror=alert(1)><b>bold</b>' }} />);
    const card = screen.getByRole('dialog');
    expect(card.querySelector('img')).toBeNull();
    expect(card.querySelector('b')).toBeNull();
    expect(card.textContent).toContain('<b>bold</b>');
  });

  it('says when no background is known, and counts a single mention as once', () => {
    renderT(<Card model={{ ...model, description: undefined, mentions: 1 }} />);
    expect(screen.getByText('No background known yet.')).toBeTruthy();
    expect(screen.getByText('Mentioned once in this article')).toBeTruthy();
  });
});

describe('CardFrame', () => {
  const anchor = (top: number, left: number) => ({ top, left, bottom: top + 20, right: left + 60 }) as DOMRect;
  const viewport = { width: 1000, height: 800 };
  const frameStyle = (container: Element) => (container.querySelector('.card-frame') as HTMLElement).style;

  it('opens below a name with room under it, without covering it', () => {
    const { container } = renderT(<CardFrame model={model} anchor={anchor(100, 200)} viewport={viewport} />);
    expect(frameStyle(container).top).toBe('128px');
  });

  it('opens above a name near the bottom of the viewport', () => {
    const { container } = renderT(<CardFrame model={model} anchor={anchor(700, 200)} viewport={viewport} />);
    expect(frameStyle(container).bottom).toBe('108px');
    expect(frameStyle(container).top).toBe('');
  });

  it('stays inside the viewport near its right edge', () => {
    const { container } = renderT(<CardFrame model={model} anchor={anchor(100, 950)} viewport={viewport} />);
    expect(frameStyle(container).left).toBe('670px');
  });
});
