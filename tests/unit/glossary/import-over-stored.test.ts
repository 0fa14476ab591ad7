// @vitest-environment happy-dom
/** A bad file imported over glossaries already stored: nothing changes until the reader confirms, and then only the new glossary is added. */
import { act, renderHook, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { useGlossaries } from '../../../entrypoints/options/use-glossaries';
import type { Glossary } from '../../../lib/glossary/glossary-model';
import { glossaries } from '../../../lib/settings/store';
import { englishT } from '../../helpers/i18n';

const STORED: Glossary[] = [
  {
    id: 'one',
    name: 'Kazakh places',
    importedAt: 1,
    entries: [{ name: 'Atyrau', type: 'PLACE', description: 'Oil city on the Ural.', aliases: ['Guryev'] }],
  },
  {
    id: 'two',
    name: 'Activists',
    importedAt: 2,
    entries: [{ name: 'Talgat Ayan', type: 'PERSON', description: 'Land rights activist.', aliases: [] }],
  },
];

const BAD = [
  'name,type,description,aliases,link',
  'Atyrau,PLACE,A different Atyrau,,',
  'Aktau,PLACE,"Port city,,',
  'Maks Boqaev,PERSON,Activist,,https://example.org/boqaev',
  'Maks Boqaev,PERSON,Twice,,',
  `Astana,PLACE,Capital,,https://example.org/${'x'.repeat(3000)}`,
].join('\n');

describe('importing a bad file over stored glossaries', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await glossaries.setValue(STORED);
  });

  const start = async () => {
    const hook = renderHook(() => useGlossaries(englishT));
    await waitFor(() => expect(hook.result.current.glossaries).toHaveLength(2));
    await act(() => hook.result.current.onFile(new File([BAD], 'bad.csv', { type: 'text/csv' })));
    await waitFor(() => expect(hook.result.current.pending).not.toBeNull());
    return hook;
  };

  it('stores nothing while the problems are shown, nor when the reader cancels', async () => {
    const hook = await start();
    expect(hook.result.current.pending?.errors.map((e) => [e.line, e.column, e.message.key])).toEqual([
      [2, 1, 'glossRowExists'],
      [3, 3, 'glossCsvUnclosedQuote'],
      [5, 1, 'glossRowDuplicate'],
      [6, 5, 'glossRowLinkLong'],
    ]);
    expect(hook.result.current.pending?.valid).toBe(1);
    expect(await glossaries.getValue()).toEqual(STORED);
    await act(() => hook.result.current.onCancelImport());
    expect(hook.result.current.pending).toBeNull();
    expect(await glossaries.getValue()).toEqual(STORED);
  });

  it('adds only the valid rows as a new glossary when the reader confirms, and leaves the stored ones as they were', async () => {
    const hook = await start();
    await act(() => hook.result.current.onConfirmImport());
    await waitFor(() => expect(hook.result.current.pending).toBeNull());
    const after = await glossaries.getValue();
    expect(after.slice(0, 2)).toEqual(STORED);
    expect(after.slice(2).map((g) => [g.name, g.entries.map((e) => e.name)])).toEqual([['bad', ['Maks Boqaev']]]);
  });
});
