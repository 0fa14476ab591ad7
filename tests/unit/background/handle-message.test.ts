import { describe, expect, it } from 'vitest';
import { handleBackgroundMessage } from '../../../lib/background/handle-message';
import { loadReference } from '../../../lib/reference/load-reference';

const context = { extensionId: 'backstory-id', reference: loadReference() };

describe('handleBackgroundMessage', () => {
  it('answers a lookup from our own content script, one result per name', () => {
    const reply = handleBackgroundMessage(
      { type: 'lookup', data: { names: ['Atyrau', 'Nobody Atall', 'EU'] } },
      { id: 'backstory-id', tab: { id: 4 } },
      context,
    );
    if (!reply.ok) throw new Error(reply.error);
    expect(reply.data.results.map((r) => r?.name ?? null)).toEqual(['Atyrau', null, 'European Union']);
    expect(reply.data.results[0]).toMatchObject({ type: 'PLACE', source: 'pack' });
  });

  it('refuses messages from other extensions', () => {
    const reply = handleBackgroundMessage({ type: 'lookup', data: { names: ['Atyrau'] } }, { id: 'other' }, context);
    expect(reply).toEqual({ ok: false, error: 'sender is not Backstory' });
  });

  it('refuses unknown and malformed messages', () => {
    expect(handleBackgroundMessage({ type: 'purge', data: {} }, { id: 'backstory-id' }, context).ok).toBe(false);
    expect(
      handleBackgroundMessage({ type: 'lookup', data: { names: 'Atyrau' } }, { id: 'backstory-id' }, context).ok,
    ).toBe(false);
  });
});
