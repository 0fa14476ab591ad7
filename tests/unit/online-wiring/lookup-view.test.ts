/** A lookup's result as the card shows it, with the reader's choice applied. */
import { describe, expect, it } from 'vitest';
import type { FoundAnswer, LookupResult } from '../../../lib/online/lookup-types';
import { toOnlineView } from '../../../lib/online/lookup-view';

const found: FoundAnswer = {
  kind: 'found',
  source: 'wikipedia',
  confidence: 'medium',
  qid: 'Q1',
  title: 'John Smith (explorer)',
  description: 'English explorer',
  extract: 'An explorer.',
  lang: 'en',
  runnersUp: [{ qid: 'Q2', label: 'John Smith', description: 'Scottish politician', title: 'John Smith (Labour)' }],
  refreshedAt: 0,
};
const result: LookupResult = { ...found, fromCache: false };

describe('the view of a lookup', () => {
  it('keeps the confidence and offers the runners-up', () => {
    expect(toOnlineView(result, undefined, 'en')).toMatchObject({
      status: 'found',
      confidence: 'medium',
      title: 'John Smith (explorer)',
      others: [{ qid: 'Q2' }],
      stale: false,
    });
  });

  it("shows the reader's pick among the runners-up, marked as their choice, and none as none", () => {
    expect(toOnlineView(result, 'Q2', 'en')).toMatchObject({
      status: 'found',
      confidence: 'chosen',
      qid: 'Q2',
      title: 'John Smith (Labour)',
      description: 'Scottish politician',
      extract: '',
      others: [{ qid: 'Q1' }],
    });
    expect(toOnlineView(result, 'Q1', 'en')).toMatchObject({ qid: 'Q1', confidence: 'chosen' });
    expect(toOnlineView(result, 'none', 'en')).toEqual({ status: 'none' });
  });

  it('marks an expired answer as not refreshed, and tells a failure from "not found"', () => {
    const stale: LookupResult = {
      kind: 'failed',
      reason: 'network',
      message: 'down',
      stale: { ...found, refreshed: false },
    };
    expect(toOnlineView(stale, undefined, 'en')).toMatchObject({ status: 'found', stale: true });
    expect(toOnlineView({ kind: 'failed', reason: 'network', message: 'down' }, undefined, 'en')).toEqual({
      status: 'failed',
      message: 'down',
    });
    expect(toOnlineView({ kind: 'not-found', refreshedAt: 0, fromCache: true }, undefined, 'en')).toEqual({
      status: 'not-found',
    });
  });

  it('offers every candidate of an unclear answer', () => {
    const unclear: LookupResult = { kind: 'ambiguous', candidates: found.runnersUp, refreshedAt: 0, fromCache: false };
    expect(toOnlineView(unclear, undefined, 'en')).toEqual({
      status: 'ambiguous',
      lang: 'en',
      candidates: found.runnersUp,
    });
  });
});
