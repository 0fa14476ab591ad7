import { describe, expect, it, vi } from 'vitest';
import { type CommandDeps, runCommand } from '../../../lib/background/commands';
import type { SiteSwitches } from '../../../lib/settings/settings';

function deps(site = 'www.news.example', stored: SiteSwitches = {}) {
  const sent: unknown[] = [];
  let switches = stored;
  const d: CommandDeps = {
    sendToTab: vi.fn(async (_tab: number, message: unknown) => {
      sent.push(message);
      return { ok: true, data: { site, enabled: true, status: 'article', entities: [] } };
    }),
    switches: {
      get: async () => switches,
      set: async (value) => {
        switches = value;
      },
    },
  };
  return { d, sent, switches: () => switches };
}

describe('the keyboard commands in the background', () => {
  it.each([
    ['open-card', 'open'],
    ['next-name', 'next'],
    ['previous-name', 'previous'],
  ])('passes %s on to the tab as the card action %s', async (command, action) => {
    const { d, sent } = deps();
    await runCommand(command, { id: 7 }, d);
    expect(d.sendToTab).toHaveBeenCalledWith(7, { type: 'page/card', data: { action } });
    expect(sent).toHaveLength(1);
  });

  it('switches the tab’s site off and on again, writing the switch itself, with no content script asked', async () => {
    const { d, switches, sent } = deps();
    const tab = { id: 7, url: 'https://www.news.example/2026/story' };
    await runCommand('toggle-site', tab, d);
    expect(switches()).toEqual({ 'news.example': false });
    // Switched off, the tab may have no content script at all: the switch still comes back on.
    const silent: CommandDeps = { ...d, sendToTab: async () => Promise.reject(new Error('no receiver')) };
    await runCommand('toggle-site', tab, silent);
    expect(switches()).toEqual({ 'news.example': true });
    expect(sent).toEqual([]);
  });

  it('does nothing without a tab, for an unknown command, or where no content script answers', async () => {
    const { d, sent, switches } = deps();
    await runCommand('open-card', undefined, d);
    await runCommand('_execute_action', { id: 7 }, d);
    expect(sent).toEqual([]);
    const silent: CommandDeps = { ...d, sendToTab: async () => Promise.reject(new Error('no receiver')) };
    await expect(runCommand('toggle-site', { id: 7 }, silent)).resolves.toBeUndefined();
    await expect(runCommand('toggle-site', { id: 7, url: 'chrome://settings/' }, silent)).resolves.toBeUndefined();
    expect(switches()).toEqual({});
  });
});
