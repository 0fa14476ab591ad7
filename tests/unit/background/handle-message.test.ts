import { describe, expect, it } from 'vitest';
import { handleBackgroundMessage } from '../../../lib/background/handle-message';
import { detectMentions } from '../../../lib/detect/detect-mentions';
import type { ArticleEntity } from '../../../lib/entities/group-mentions';
import { packMentions } from '../../../lib/protocol/packed-mentions';
import { loadReference } from '../../../scripts/lib/load-reference';

const context = { extensionId: 'backstory-id', reference: loadReference() };
const mentions = detectMentions('The court in Atyrau heard Maks Boqaev. The EU said Boqaev should be freed.');

describe('handleBackgroundMessage', () => {
  it('resolves mentions from our own content script into entities with reference facts', () => {
    const reply = handleBackgroundMessage(
      { type: 'text/resolve', data: { mentions: packMentions(mentions) } },
      { id: 'backstory-id', tab: { id: 4 } },
      context,
    );
    if (!reply.ok) throw new Error(reply.error);
    const { entities } = reply.data as { entities: ArticleEntity[] };
    const byName = new Map(entities.map((e) => [e.name, e]));
    expect([...byName.keys()]).toEqual(['Atyrau', 'Maks Boqaev', 'European Union']);
    expect(byName.get('Atyrau')?.reference).toMatchObject({ type: 'PLACE', source: 'pack' });
    expect(byName.get('Maks Boqaev')?.mentions).toHaveLength(2);
    expect(byName.get('Maks Boqaev')?.reference).toBeNull();
  });

  it('refuses messages from other extensions', () => {
    const reply = handleBackgroundMessage(
      { type: 'text/resolve', data: { mentions: packMentions(mentions) } },
      { id: 'other' },
      context,
    );
    expect(reply).toEqual({ ok: false, error: 'sender is not Backstory' });
  });

  it('refuses unknown and malformed messages', () => {
    const from = { id: 'backstory-id' };
    expect(handleBackgroundMessage({ type: 'purge', data: {} }, from, context).ok).toBe(false);
    expect(handleBackgroundMessage({ type: 'text/resolve', data: { mentions: 'Atyrau' } }, from, context).ok).toBe(
      false,
    );
  });
});
