import { fireEvent, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { Card } from '../../../components/card/Card';
import { CardFrame } from '../../../components/card/CardFrame';
import type { CardModel, MentionNavigation } from '../../../lib/model';
import { renderT } from '../../helpers/i18n';

const model: CardModel = {
  name: 'Maks Boqaev',
  type: 'PERSON',
  sourceLabel: 'From this article',
  mentions: 5,
  forms: ['Maks Boqaev', 'Boqaev'],
  facts: [],
  alsoWritten: [],
};

const navigation = (position: number, count: number): MentionNavigation => ({
  position,
  count,
  previous: vi.fn(),
  next: vi.fn(),
});

describe('the mention buttons on the card', () => {
  it('counts the mentions and says which one the card is at', () => {
    renderT(<Card model={model} navigation={navigation(2, 5)} />);
    expect(screen.getByText('Mentioned 5 times in this article')).toBeTruthy();
    const nav = screen.getByRole('navigation', { name: 'Mentions of Maks Boqaev' });
    expect(nav.querySelector('.card-nav-position')?.textContent).toBe('2 of 5');
    expect(screen.getByRole('button', { name: 'Previous mention of Maks Boqaev' }).textContent).toBe('Previous');
    expect(screen.getByRole('button', { name: 'Next mention of Maks Boqaev' }).textContent).toBe('Next');
  });

  it('calls back on Previous and Next, one call per click', () => {
    const nav = navigation(1, 5);
    renderT(<Card model={model} navigation={nav} />);
    fireEvent.click(screen.getByRole('button', { name: 'Next mention of Maks Boqaev' }));
    expect(nav.next).toHaveBeenCalledTimes(1);
    expect(nav.previous).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Previous mention of Maks Boqaev' }));
    expect(nav.previous).toHaveBeenCalledTimes(1);
    expect(nav.next).toHaveBeenCalledTimes(1);
  });

  it('shows no buttons for a name mentioned once, or without navigation', () => {
    const { unmount } = renderT(<Card model={{ ...model, mentions: 1 }} navigation={navigation(1, 1)} />);
    expect(screen.getByText('Mentioned once in this article')).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
    unmount();
    renderT(<Card model={model} />);
    expect(screen.queryByRole('navigation')).toBeNull();
  });

  it('are passed on by the frame, which still places the card beside the new mention', () => {
    const nav = navigation(3, 5);
    const anchor = { top: 400, left: 100, bottom: 420, right: 160 } as DOMRect;
    const { container } = renderT(
      <CardFrame model={model} anchor={anchor} viewport={{ width: 1000, height: 800 }} navigation={nav} />,
    );
    expect((container.querySelector('.card-frame') as HTMLElement).style.top).toBe('428px');
    expect(container.querySelector('.card-nav-position')?.textContent).toBe('3 of 5');
    fireEvent.click(screen.getByRole('button', { name: 'Next mention of Maks Boqaev' }));
    expect(nav.next).toHaveBeenCalledTimes(1);
  });
});
