import { describe, expect, it } from 'vitest';
import { parseMessage } from '../../lib/protocol/checks';
import { flag, list, oneOf, orNull, record, text, where, whole } from '../../lib/protocol/schema';

describe('message schemas', () => {
  const entry = record({ name: text(10, true), count: whole(0, 5) }, { note: text(20), seen: flag });

  it('admits a record with its required fields and any of its optional ones', () => {
    expect(entry({ name: 'Atyrau', count: 2 })).toBe(true);
    expect(entry({ name: 'Atyrau', count: 2, note: 'oil town', seen: false })).toBe(true);
    expect(entry({ name: 'Atyrau', count: 2, note: undefined })).toBe(true);
  });

  it.each([
    ['a missing required field', { name: 'Atyrau' }],
    ['a field it does not declare', { name: 'Atyrau', count: 2, extra: 1 }],
    ['a blank name', { name: '   ', count: 2 }],
    ['a name over its length', { name: 'x'.repeat(11), count: 2 }],
    ['a fractional count', { name: 'Atyrau', count: 1.5 }],
    ['a count out of range', { name: 'Atyrau', count: 6 }],
    ['an optional field of the wrong type', { name: 'Atyrau', count: 2, seen: 'yes' }],
    ['a list instead of a record', ['Atyrau', 2]],
    ['null', null],
  ])('refuses %s', (_, value) => {
    expect(entry(value)).toBe(false);
  });

  it('bounds lists, fixes choices and takes further conditions', () => {
    const names = where(list(text(5), 3), (l) => l.join('').length <= 8);
    expect(names(['ab', 'cd'])).toBe(true);
    expect(names(['ab', 'cd', 'ef', 'gh'])).toBe(false);
    expect(names(['abcde', 'abcde'])).toBe(false);
    expect(names(['ab', 3])).toBe(false);
    const choice = orNull(oneOf(['open', 'next'] as const));
    expect([choice('open'), choice(null), choice('close'), choice(undefined)]).toEqual([true, true, false, false]);
  });
});

describe('parseMessage', () => {
  const requests = { 'demo/ping': record({ n: whole(0, 9) }) };

  it('gives back a message that fits its schema', () => {
    expect(parseMessage(requests, { type: 'demo/ping', data: { n: 3 } })).toEqual({
      ok: true,
      message: { type: 'demo/ping', data: { n: 3 } },
    });
  });

  it('refuses the envelope, the type and the data apart, and looks types up among its own keys only', () => {
    expect(parseMessage(requests, { type: 'demo/ping', data: { n: 3 }, from: 'page' })).toMatchObject({
      error: 'not a Backstory message',
    });
    expect(parseMessage(requests, { type: 'toString', data: {} })).toMatchObject({ error: /unknown message type/ });
    expect(parseMessage(requests, { type: '__proto__', data: {} })).toMatchObject({ error: /unknown message type/ });
    expect(parseMessage(requests, { type: 'x'.repeat(500), data: {} }).ok).toBe(false);
    expect(JSON.stringify(parseMessage(requests, { type: 'x'.repeat(500), data: {} })).length).toBeLessThan(120);
    expect(parseMessage(requests, { type: 'demo/ping', data: { n: 10 } })).toMatchObject({ error: /demo\/ping/ });
  });
});
