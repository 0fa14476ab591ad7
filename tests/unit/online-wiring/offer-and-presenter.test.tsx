/** The popup's one offer of online lookups, and the content script adding Wikipedia to an open card. */
import { fireEvent, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { Popup } from '../../../components/popup/Popup';
import type { CardModel } from '../../../lib/model';
import { contextOf, type OnlineAsk, withOnlineLookups } from '../../../lib/online/online-presenter';
import type { OnlineView } from '../../../lib/online/view';
import type { CardOpen, CardPresenter } from '../../../lib/page/card-presenter';
import { renderT } from '../../helpers/i18n';
import { onlineModel } from '../../helpers/online-model';

const online = onlineModel;
const popup = (model: ReturnType<typeof onlineModel>) =>
  renderT(
    <Popup
      model={{ kind: 'loading' }}
      paused={false}
      onTogglePause={vi.fn()}
      onToggleSite={vi.fn()}
      onReveal={vi.fn()}
      onOpenOptions={vi.fn()}
      online={model}
    />,
  );

describe("the popup's offer", () => {
  it('says in plain words what is sent, and turns lookups on with one button', () => {
    const model = online(false, true);
    const { container } = popup(model);
    expect(container.textContent).toContain(
      'Backstory will send the names it finds (never the page text or address) to Wikipedia and Wikidata.',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Turn on Wikipedia lookups' }));
    expect(model.onToggle).toHaveBeenCalledWith(true);
    expect(screen.getByRole('alert').textContent).toContain('did not allow');
  });

  it('comes before the list of names, after the site switch', () => {
    const entities = Array.from({ length: 46 }, (_, i) => ({
      id: `PERSON:p${i}`,
      name: `Person ${i}`,
      type: 'PERSON' as const,
      mentions: 1,
    }));
    const { container } = renderT(
      <Popup
        model={{ kind: 'ready', page: { site: 'news.example', enabled: true, status: 'article', entities } }}
        paused={false}
        onTogglePause={vi.fn()}
        onToggleSite={vi.fn()}
        onReveal={vi.fn()}
        onOpenOptions={vi.fn()}
        online={online(false)}
      />,
    );
    const offer = container.querySelector('.online-offer');
    const list = screen.getByText('Person 45');
    const siteSwitch = container.querySelector('.site-switch');
    expect(offer && list && siteSwitch).toBeTruthy();
    const follows = (a: Node, b: Node) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
    expect(follows(offer as Node, list)).toBe(true);
    expect(follows(siteSwitch as Node, offer as Node)).toBe(true);
  });

  it('is gone once lookups are on, and while the setting is being read', () => {
    expect(popup(online(true)).container.querySelector('.online-offer')).toBeNull();
    expect(popup(online(null)).container.querySelector('.online-offer')).toBeNull();
  });
});

const model: CardModel = {
  name: 'Maks Boqaev',
  type: 'PERSON',
  mentions: 7,
  forms: [],
  facts: [],
  alsoWritten: [],
  role: 'land activist',
  firstMention: 'The land activist Maks Boqaev was freed. '.repeat(100),
};
const open = (m = model): CardOpen => ({ model: m, anchor: new DOMRect(), onClose: vi.fn() });
const found = { status: 'found', title: 'Max Bokayev' } as OnlineView;

const asks = (over: Partial<OnlineAsk>): OnlineAsk => ({
  isOn: async () => false,
  lookUp: vi.fn(async (): Promise<OnlineView> => ({ status: 'off' })),
  lookUpOnce: vi.fn(async () => found),
  offerAll: vi.fn(),
  choose: vi.fn(async () => undefined),
  open: vi.fn(),
  ...over,
});

function presenter() {
  const shown: CardOpen[] = [];
  const inner: CardPresenter = { show: (o) => shown.push(o), hide: vi.fn(), owns: () => false };
  return { inner, shown };
}

describe('the content script adding Wikipedia to the card', () => {
  it('opens the card at once, draws it again with the answer, and asks once per name', async () => {
    const { inner, shown } = presenter();
    const lookUp = vi.fn(async () => found);
    const cards = withOnlineLookups(inner, asks({ isOn: async () => true, lookUp }));
    cards.show(open());
    expect(shown[0]?.online).toBeUndefined();
    await vi.waitFor(() => expect(shown[1]?.online?.view).toBe(found));
    cards.hide();
    cards.show(open());
    expect(shown[2]?.online?.view).toBe(found);
    expect(lookUp).toHaveBeenCalledTimes(1);
  });

  it('asks the background nothing while lookups are off, and reads the setting again at the next opening', async () => {
    const { inner, shown } = presenter();
    const lookUp = vi.fn(async () => found);
    let on = false;
    const isOn = vi.fn(async () => on);
    const cards = withOnlineLookups(inner, asks({ isOn, lookUp }));
    cards.show(open());
    await vi.waitFor(() => expect(shown[1]?.online?.view).toEqual({ status: 'off' }));
    cards.show(open());
    expect(isOn).toHaveBeenCalledTimes(1);
    expect(lookUp).not.toHaveBeenCalled();
    cards.hide();
    on = true;
    cards.show(open());
    await vi.waitFor(() => expect(shown.at(-1)?.online?.view).toBe(found));
  });

  it('sends a short context, and asks again after "off" once the card is opened anew', async () => {
    const { inner, shown } = presenter();
    const lookUp = vi.fn(async (): Promise<OnlineView> => ({ status: 'off' }));
    const cards = withOnlineLookups(inner, asks({ isOn: async () => true, lookUp }));
    cards.show(open());
    await vi.waitFor(() => expect(shown[1]?.online?.view).toEqual({ status: 'off' }));
    cards.show(open());
    expect(lookUp).toHaveBeenCalledTimes(1);
    cards.hide();
    cards.show(open());
    await vi.waitFor(() => expect(lookUp).toHaveBeenCalledTimes(2));
    expect(contextOf(model).length).toBeLessThanOrEqual(2000);
    expect(contextOf(model).startsWith('land activist The land activist')).toBe(true);
  });
});

describe("the card's one-name lookup, while lookups are off", () => {
  it('asks for that one name on the click, shows it is looking, then the answer with the offer for every name', async () => {
    const { inner, shown } = presenter();
    let answer: (view: OnlineView) => void = () => undefined;
    const lookUpOnce = vi.fn(() => new Promise<OnlineView>((resolve) => (answer = resolve)));
    const ask = asks({ lookUpOnce });
    const cards = withOnlineLookups(inner, ask);
    cards.show(open());
    await vi.waitFor(() => expect(shown.at(-1)?.online?.view).toEqual({ status: 'off' }));
    expect(shown.at(-1)?.online?.offerAll).toBeUndefined();
    shown.at(-1)?.online?.lookUp();
    expect(shown.at(-1)?.online?.view).toEqual({ status: 'looking' });
    expect(lookUpOnce).toHaveBeenCalledWith('Maks Boqaev', 'PERSON', contextOf(model));
    expect(ask.lookUp).not.toHaveBeenCalled();
    // Scrolling redraws the card meanwhile: still looking, and not asked twice.
    cards.show(open());
    shown.at(-1)?.online?.lookUp();
    expect(shown.at(-1)?.online?.view).toEqual({ status: 'looking' });
    expect(lookUpOnce).toHaveBeenCalledTimes(1);
    answer(found);
    await vi.waitFor(() => expect(shown.at(-1)?.online?.view).toBe(found));
    expect(shown.at(-1)?.online?.offerAll).toBeTypeOf('function');
    // Kept for the page's life: opened again, the card has the answer and asks nobody.
    cards.hide();
    cards.show(open());
    expect(shown.at(-1)?.online?.view).toBe(found);
    expect(lookUpOnce).toHaveBeenCalledTimes(1);
  });

  it('offers every name once: after the reader takes the offer, no card makes it again', async () => {
    const { inner, shown } = presenter();
    const ask = asks({});
    const cards = withOnlineLookups(inner, ask);
    const other: CardModel = { ...model, name: 'Atyrau', type: 'PLACE' };
    for (const m of [model, other]) {
      cards.show(open(m));
      await vi.waitFor(() => expect(shown.at(-1)?.online?.view).toEqual({ status: 'off' }));
      shown.at(-1)?.online?.lookUp();
      await vi.waitFor(() => expect(shown.at(-1)?.online?.view).toBe(found));
    }
    shown.at(-1)?.online?.offerAll?.();
    expect(ask.offerAll).toHaveBeenCalledTimes(1);
    expect(shown.at(-1)?.online?.view).toBe(found);
    expect(shown.at(-1)?.online?.offerAll).toBeUndefined();
    cards.show(open(model));
    expect(shown.at(-1)?.online?.offerAll).toBeUndefined();
  });

  it('shows a refusal, or a background that never answered, and offers the lookup again at the next opening', async () => {
    const { inner, shown } = presenter();
    const lookUpOnce = vi
      .fn<OnlineAsk['lookUpOnce']>()
      .mockResolvedValueOnce({ status: 'denied' })
      .mockRejectedValueOnce(new Error('lookup/once: no answer'));
    const cards = withOnlineLookups(inner, asks({ lookUpOnce }));
    cards.show(open());
    await vi.waitFor(() => expect(shown.at(-1)?.online?.view).toEqual({ status: 'off' }));
    shown.at(-1)?.online?.lookUp();
    await vi.waitFor(() => expect(shown.at(-1)?.online?.view).toEqual({ status: 'denied' }));
    expect(shown.at(-1)?.online?.offerAll).toBeUndefined();
    cards.hide();
    cards.show(open());
    await vi.waitFor(() => expect(shown.at(-1)?.online?.view).toEqual({ status: 'off' }));
    shown.at(-1)?.online?.lookUp();
    await vi.waitFor(() => expect(shown.at(-1)?.online?.view).toMatchObject({ status: 'failed' }));
    expect(lookUpOnce).toHaveBeenCalledTimes(2);
  });
});
