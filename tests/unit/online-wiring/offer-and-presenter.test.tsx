/** The popup's one offer of online lookups, and the content script adding Wikipedia to an open card. */
import { fireEvent, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { Popup } from '../../../components/popup/Popup';
import type { CardModel } from '../../../lib/model';
import type { OnlineView } from '../../../lib/online-view';
import type { CardOpen, CardPresenter } from '../../../lib/page/card-presenter';
import { contextOf, withOnlineLookups } from '../../../lib/page/online-presenter';
import type { OnlineLookupsModel } from '../../../lib/use-online-lookups';
import { renderT } from '../../helpers/i18n';

const online = (on: boolean | null, denied = false): OnlineLookupsModel => ({
  on,
  language: '',
  autoLanguage: 'en',
  denied,
  error: null,
  onToggle: vi.fn(),
  onLanguage: vi.fn(),
});
const popup = (model: OnlineLookupsModel) =>
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

function presenter() {
  const shown: CardOpen[] = [];
  const inner: CardPresenter = { show: (o) => shown.push(o), hide: vi.fn(), owns: () => false };
  return { inner, shown };
}

describe('the content script adding Wikipedia to the card', () => {
  it('opens the card at once, draws it again with the answer, and asks once per name', async () => {
    const { inner, shown } = presenter();
    const lookUp = vi.fn(async () => found);
    const cards = withOnlineLookups(inner, { isOn: async () => true, lookUp, choose: vi.fn(), open: vi.fn() });
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
    const cards = withOnlineLookups(inner, { isOn, lookUp, choose: vi.fn(), open: vi.fn() });
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
    const cards = withOnlineLookups(inner, { isOn: async () => true, lookUp, choose: vi.fn(), open: vi.fn() });
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
