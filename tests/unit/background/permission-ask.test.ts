import { describe, expect, it } from 'vitest';
import { PermissionAsk } from '../../../lib/background/permission-ask';
import { grantTurnsLookupsOn, LOOKUPS_WANTED_FOR_MS } from '../../../lib/settings/online';

function browserLike(held = false) {
  const state = { held, opened: [] as [string, number][], nextTab: 40, failOpen: false };
  const ask = new PermissionAsk({
    held: async () => state.held,
    openPage: async (name, opener) => {
      if (state.failOpen) throw new Error('tabs.create failed');
      state.opened.push([name, opener]);
      return state.nextTab++;
    },
  });
  return { ask, state };
}

const settled = async <T>(promise: Promise<T>) => {
  let done = false;
  void promise.then(() => {
    done = true;
  });
  await new Promise((resolve) => setTimeout(resolve, 0));
  return done;
};

describe('asking for the Wikimedia permission from a card', () => {
  it('opens no page when the browser gives the permission already', async () => {
    const { ask, state } = browserLike(true);
    expect(await ask.ask('Maks Boqaev', 3)).toBe(true);
    expect(state.opened).toEqual([]);
  });

  it('opens one page beside the article, and answers when that page closes, with what the browser then holds', async () => {
    const { ask, state } = browserLike();
    const first = ask.ask('Maks Boqaev', 3);
    const second = ask.ask('Atyrau', 3);
    expect(await settled(first)).toBe(false);
    expect(state.opened).toEqual([['Maks Boqaev', 3]]);
    ask.tabClosed(99);
    expect(await settled(first)).toBe(false);
    state.held = true;
    ask.tabClosed(40);
    expect(await first).toBe(true);
    expect(await second).toBe(true);
  });

  it('answers no when the reader closes the page without allowing, and asks afresh the next time', async () => {
    const { ask, state } = browserLike();
    const refused = ask.ask('Maks Boqaev', 3);
    await settled(refused);
    ask.tabClosed(40);
    expect(await refused).toBe(false);
    const again = ask.ask('Maks Boqaev', 5);
    await settled(again);
    expect(state.opened).toEqual([
      ['Maks Boqaev', 3],
      ['Maks Boqaev', 5],
    ]);
    state.held = true;
    ask.tabClosed(41);
    expect(await again).toBe(true);
  });

  it('answers no when the page cannot be opened', async () => {
    const { ask, state } = browserLike();
    state.failOpen = true;
    expect(await ask.ask('Maks Boqaev', 3)).toBe(false);
  });
});

describe('a grant heard by the background', () => {
  it('turns lookups on only shortly after the reader clicked to turn them on for every name', () => {
    const clicked = 1_000_000;
    expect(grantTurnsLookupsOn(clicked, clicked + 20_000)).toBe(true);
    expect(grantTurnsLookupsOn(clicked, clicked + LOOKUPS_WANTED_FOR_MS + 1)).toBe(false);
    // Nothing asked (a grant for one name from a card), or a clock that went back.
    expect(grantTurnsLookupsOn(0, clicked)).toBe(false);
    expect(grantTurnsLookupsOn(clicked, clicked - 1)).toBe(false);
  });
});
