import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { addGlossary } from '../../../entrypoints/options/glossary-actions';
import { glossaries } from '../../../lib/settings/store';
import { englishT } from '../../helpers/i18n';

const parsed = {
  entries: [{ name: 'Atyrau', type: 'PLACE' as const, description: 'Oil city.', aliases: [] }],
  errors: [],
};

describe('storing glossaries', () => {
  beforeEach(() => fakeBrowser.reset());

  it('adds a glossary beside those already stored', async () => {
    expect(await addGlossary('first.csv', parsed, englishT)).toBeNull();
    expect(await addGlossary('second.json', parsed, englishT)).toBeNull();
    expect((await glossaries.getValue()).map((g) => g.name)).toEqual(['first', 'second']);
  });

  it('says so clearly when storage is full, and loses nothing already stored', async () => {
    await addGlossary('kept.csv', parsed, englishT);
    const before = await glossaries.getValue();
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    const error = await addGlossary('too-big.csv', parsed, englishT);
    expect(error).toMatch(/Not enough browser storage.*Nothing was changed/);
    vi.restoreAllMocks();
    expect(await glossaries.getValue()).toEqual(before);
  });
});
