import { fireEvent, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { Card } from '../../../components/card/Card';
import type { CardModel } from '../../../lib/model';
import type { OnlineCard, OnlineView } from '../../../lib/online/view';
import { renderT } from '../../helpers/i18n';

const person: CardModel = {
  name: 'Maks Boqaev',
  type: 'PERSON',
  mentions: 7,
  forms: ['Boqaev'],
  facts: [],
  alsoWritten: [],
};
const found: OnlineView = {
  status: 'found',
  confidence: 'high',
  qid: 'Q30947353',
  lang: 'en',
  title: 'Max Bokayev',
  description: 'Kazakh civil activist',
  extract: '<b>Max Bokayev</b> is a Kazakh activist.',
  others: [{ qid: 'Q1', label: 'Max Bokayev', description: 'Kazakh wrestler' }],
  stale: false,
};

const online = (view: OnlineView, offerAll?: () => void): OnlineCard => ({
  view,
  openArticle: vi.fn(),
  choose: vi.fn(),
  lookUp: vi.fn(),
  offerAll,
});
const trustedClick = (el: Element) => {
  const event = new MouseEvent('click', { bubbles: true });
  Object.defineProperty(event, 'isTrusted', { value: true });
  fireEvent(el, event);
};

describe("the card's Wikipedia section", () => {
  it('shows the description, the extract as plain text, and the attribution with the title', () => {
    const { container } = renderT(<Card model={person} online={online(found)} />);
    expect(container.textContent).toContain('Kazakh civil activist');
    expect(container.querySelector('.card-extract')?.textContent).toBe('<b>Max Bokayev</b> is a Kazakh activist.');
    expect(container.querySelector('b')).toBeNull();
    expect(container.textContent).toContain('Source: Wikipedia (CC BY-SA 4.0), article "Max Bokayev"');
    expect(container.querySelector('[href], [src], img')).toBeNull();
  });

  it.each([
    ['high', null],
    ['medium', 'Likely match'],
    ['low', 'Possible match, check it'],
    ['chosen', 'Your choice'],
  ] as const)('says how sure a %s match is', (confidence, words) => {
    const { container } = renderT(<Card model={person} online={online({ ...found, confidence })} />);
    expect(container.querySelector('.card-confidence')?.textContent ?? null).toBe(words);
  });

  it('opens the article through the background, and only on a trusted click', () => {
    const card = online(found);
    renderT(<Card model={person} online={card} />);
    const read = screen.getByRole('button', { name: 'Read on Wikipedia' });
    fireEvent.click(read);
    expect(card.openArticle).not.toHaveBeenCalled();
    trustedClick(read);
    expect(card.openArticle).toHaveBeenCalledWith('en', 'Max Bokayev');
  });

  it('lets the reader pick another candidate, or none, with "Not this one"', () => {
    const card = online(found);
    renderT(<Card model={person} online={card} />);
    trustedClick(screen.getByRole('button', { name: 'Not this one' }));
    expect(screen.getByRole('group', { name: 'Which Maks Boqaev does the article mean?' })).toBeTruthy();
    trustedClick(screen.getByRole('button', { name: /Kazakh wrestler/ }));
    expect(card.choose).toHaveBeenCalledWith('Q1');
    trustedClick(screen.getByRole('button', { name: 'Not this one' }));
    trustedClick(screen.getByRole('button', { name: 'None of these' }));
    expect(card.choose).toHaveBeenLastCalledWith('none');
  });

  it('asks which one when the lookup is ambiguous', () => {
    const view: OnlineView = { status: 'ambiguous', lang: 'en', candidates: found.others };
    renderT(<Card model={person} online={online(view)} />);
    expect(screen.getByRole('group', { name: 'Which Maks Boqaev does the article mean?' })).toBeTruthy();
  });

  it('looks the one name up on a trusted click while lookups are off, and offers nothing when the card knows it', () => {
    const card = online({ status: 'off' });
    renderT(<Card model={person} online={card} />);
    const button = screen.getByRole('button', { name: 'Look up on Wikipedia' });
    fireEvent.click(button);
    expect(card.lookUp).not.toHaveBeenCalled();
    trustedClick(button);
    expect(card.lookUp).toHaveBeenCalledTimes(1);
    const known = renderT(<Card model={{ ...person, description: 'Activist' }} online={online({ status: 'off' })} />);
    expect(known.container.querySelector('.card-online')).toBeNull();
    expect(known.container.querySelector('[aria-live]')).toBeNull();
  });

  it('says it is looking the name up, in a live region the answer then replaces', () => {
    const looking = renderT(<Card model={person} online={online({ status: 'looking' })} />);
    const live = looking.container.querySelector('[aria-live="polite"]');
    expect(live?.textContent).toBe('Looking up “Maks Boqaev” on Wikipedia…');
    expect(screen.queryByRole('button', { name: 'Look up on Wikipedia' })).toBeNull();
    looking.rerender(<Card model={person} online={online(found)} />);
    expect(looking.container.querySelector('[aria-live="polite"]')?.textContent).toContain('Kazakh civil activist');
  });

  it('offers lookups for every name under an answer to the reader’s click, on a trusted click only', () => {
    const offerAll = vi.fn();
    const { container } = renderT(<Card model={person} online={online(found, offerAll)} />);
    expect(container.textContent).toContain('Looked up because you asked. Look up every name as you read?');
    const button = screen.getByRole('button', { name: 'Turn on lookups…' });
    fireEvent.click(button);
    expect(offerAll).not.toHaveBeenCalled();
    trustedClick(button);
    expect(offerAll).toHaveBeenCalledTimes(1);
    const plain = renderT(<Card model={person} online={online(found)} />);
    expect(plain.container.querySelector('.card-offer-all')).toBeNull();
  });

  it('says plainly when the permission was refused and nothing was sent', () => {
    const { container } = renderT(<Card model={person} online={online({ status: 'denied' })} />);
    expect(container.textContent).toContain('Backstory was not allowed to reach Wikipedia, so nothing was sent.');
  });

  it('tells "not found", a failure, a stale answer and the reader\'s none apart', () => {
    const text = (view: OnlineView) => renderT(<Card model={person} online={online(view)} />).container.textContent;
    expect(text({ status: 'not-found' })).toContain('Wikipedia has no article for this name.');
    expect(text({ status: 'failed', message: 'x' })).toContain('Wikipedia could not be reached.');
    expect(text({ ...found, stale: true })).toContain('Not refreshed');
    expect(text({ status: 'none' })).toContain('You said no Wikipedia article is this name on this site.');
  });
});
