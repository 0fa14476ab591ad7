import { describe, expect, it } from 'vitest';
import { MAX_MENTIONS, unwrapReply } from '../../lib/protocol/messages';
import { parseTabMessage } from '../../lib/protocol/page';
import { parseBackgroundMessage } from '../../lib/protocol/text';

const mention = { start: 0, end: 6, form: 'Atyrau', cue: 'PLACE', sentenceInitial: false };

describe('parseBackgroundMessage', () => {
  it('accepts a resolve of well-formed mentions', () => {
    expect(parseBackgroundMessage({ type: 'text/resolve', data: { mentions: [mention] } })).toEqual({
      ok: true,
      message: { type: 'text/resolve', data: { mentions: [mention] } },
    });
  });

  it.each([
    ['no message', undefined],
    ['a string', 'resolve'],
    ['an unknown type', { type: 'settings/set', data: {} }],
    ['mentions that are not records', { type: 'text/resolve', data: { mentions: ['Atyrau'] } }],
    ['an empty form', { type: 'text/resolve', data: { mentions: [{ ...mention, form: '' }] } }],
    ['an overlong form', { type: 'text/resolve', data: { mentions: [{ ...mention, form: 'x'.repeat(201) }] } }],
    ['an end before its start', { type: 'text/resolve', data: { mentions: [{ ...mention, start: 9, end: 3 }] } }],
    ['a fractional offset', { type: 'text/resolve', data: { mentions: [{ ...mention, start: 0.5 }] } }],
    ['an unknown cue', { type: 'text/resolve', data: { mentions: [{ ...mention, cue: 'ALIEN' }] } }],
    ['too many mentions', { type: 'text/resolve', data: { mentions: Array(MAX_MENTIONS + 1).fill(mention) } }],
    ['no data', { type: 'text/resolve' }],
    ['a flag that is not a boolean', { type: 'text/resolve', data: { mentions: [{ ...mention, foreign: 'yes' }] } }],
    ['a weak cue that is not a boolean', { type: 'text/resolve', data: { mentions: [{ ...mention, weakCue: 1 }] } }],
  ])('rejects %s', (_, raw) => {
    expect(parseBackgroundMessage(raw).ok).toBe(false);
  });
});

describe('parseTabMessage', () => {
  it('accepts the popup questions and rejects anything else', () => {
    expect(parseTabMessage({ type: 'page/state', data: {} }).ok).toBe(true);
    expect(parseTabMessage({ type: 'page/reveal', data: { entityId: 'PLACE:atyrau' } }).ok).toBe(true);
    expect(parseTabMessage({ type: 'page/reveal', data: { entityId: 5 } }).ok).toBe(false);
    expect(parseTabMessage({ type: 'text/resolve', data: { mentions: [] } }).ok).toBe(false);
  });
});

describe('unwrapReply', () => {
  it('returns the data of a good reply and throws on a refusal or no reply', () => {
    expect(unwrapReply({ ok: true, data: 3 }, 'x')).toBe(3);
    expect(() => unwrapReply({ ok: false, error: 'no' }, 'lookup')).toThrow('lookup: no');
    expect(() => unwrapReply(undefined, 'lookup')).toThrow('lookup: no answer');
  });
});
