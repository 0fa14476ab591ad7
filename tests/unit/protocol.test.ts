import { describe, expect, it } from 'vitest';
import { MAX_LOOKUP_NAMES, parseBackgroundMessage, parseTabMessage, unwrapReply } from '../../lib/protocol';

describe('parseBackgroundMessage', () => {
  it('accepts a lookup of short names', () => {
    expect(parseBackgroundMessage({ type: 'lookup', data: { names: ['Atyrau'] } })).toEqual({
      ok: true,
      message: { type: 'lookup', data: { names: ['Atyrau'] } },
    });
  });

  it.each([
    ['no message', undefined],
    ['a string', 'lookup'],
    ['an unknown type', { type: 'settings/set', data: {} }],
    ['names that are not strings', { type: 'lookup', data: { names: [1, 2] } }],
    ['an empty name', { type: 'lookup', data: { names: [''] } }],
    ['an overlong name', { type: 'lookup', data: { names: ['x'.repeat(201)] } }],
    ['too many names', { type: 'lookup', data: { names: Array(MAX_LOOKUP_NAMES + 1).fill('A') } }],
    ['no data', { type: 'lookup' }],
  ])('rejects %s', (_, raw) => {
    expect(parseBackgroundMessage(raw).ok).toBe(false);
  });
});

describe('parseTabMessage', () => {
  it('accepts the popup questions and rejects anything else', () => {
    expect(parseTabMessage({ type: 'page/state', data: {} }).ok).toBe(true);
    expect(parseTabMessage({ type: 'page/reveal', data: { entityId: 'PLACE:atyrau' } }).ok).toBe(true);
    expect(parseTabMessage({ type: 'page/reveal', data: { entityId: 5 } }).ok).toBe(false);
    expect(parseTabMessage({ type: 'lookup', data: { names: [] } }).ok).toBe(false);
  });
});

describe('unwrapReply', () => {
  it('returns the data of a good reply and throws on a refusal or no reply', () => {
    expect(unwrapReply({ ok: true, data: 3 }, 'x')).toBe(3);
    expect(() => unwrapReply({ ok: false, error: 'no' }, 'lookup')).toThrow('lookup: no');
    expect(() => unwrapReply(undefined, 'lookup')).toThrow('lookup: no answer');
  });
});
