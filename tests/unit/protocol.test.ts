import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectMentions } from '../../lib/detect/detect-mentions';
import type { Candidate } from '../../lib/detect/find-names';
import { MAX_MENTIONS, unwrapReply } from '../../lib/protocol/messages';
import { packMentions, packMentionsSteps, unpackMentions } from '../../lib/protocol/packed-mentions';
import { parseTabMessage } from '../../lib/protocol/page';
import { parseBackgroundMessage } from '../../lib/protocol/text';

const mention: Candidate = { start: 0, end: 6, form: 'Atyrau', cue: 'PLACE', sentenceInitial: false };
const packed = packMentions([mention]);
/** The packed mention's columns with some changed, as a forged message would carry them. */
const forged = (change: object) => JSON.stringify({ ...JSON.parse(packed), ...change });
const resolve = (mentions: unknown) => ({ type: 'text/resolve', data: { mentions } });
/** One mention, packed as the content script packs it, with a field set as given. */
const resolveOne = (change: object) => resolve(packMentions([{ ...mention, ...change } as Candidate]));

describe('parseBackgroundMessage', () => {
  it('accepts a resolve of well-formed mentions', () => {
    expect(parseBackgroundMessage(resolve(packed))).toEqual({
      ok: true,
      message: { type: 'text/resolve', data: { mentions: packed } },
    });
  });

  it.each([
    ['no message', undefined],
    ['a string', 'resolve'],
    ['an unknown type', { type: 'settings/set', data: {} }],
    ['mentions as a list of objects, not packed', resolve([mention])],
    ['mentions that are not columns', resolve(['Atyrau'])],
    ['the JSON of mentions as objects', resolve(JSON.stringify([mention]))],
    ['packed mentions that are not JSON', resolve(`${packed}}`)],
    ['an empty form', resolveOne({ form: '' })],
    ['an overlong form', resolveOne({ form: 'x'.repeat(201) })],
    ['an end before its start', resolve(forged({ numbers: [9, -6, 0] }))],
    ['a mention of no length', resolve(forged({ numbers: [9, 0, 0] }))],
    ['a start before the text', resolve(forged({ numbers: [-1, 6, 0] }))],
    ['a fractional offset', resolveOne({ start: 0.5 })],
    ['an unknown cue', resolveOne({ cue: 'ALIEN' })],
    ['a sentence start that is not a boolean', resolve(forged({ words: ['Atyrau', 'sentenceInitial', 'yes'] }))],
    ['numbers that do not line up', resolve(forged({ numbers: [0, 6, 0, 2] }))],
    ['a flag that is not a boolean', resolveOne({ foreign: 'yes' })],
    ['a weak cue that is not a boolean', resolveOne({ weakCue: 1 })],
    ['a form past the words', resolve(forged({ numbers: [0, 6, 3] }))],
    ['a form at a negative place', resolve(forged({ numbers: [0, 6, -1] }))],
    ['a form that is not a string', resolve(forged({ words: [true, 'cue', 'PLACE'] }))],
    ['a field name past the words', resolve(forged({ more: [0, 3, 2] }))],
    ['a value past the words', resolve(forged({ more: [0, 1, 3] }))],
    ['a word that is a number', resolve(forged({ words: ['Atyrau', 'cue', 5] }))],
    ['a field of no mention', resolve(forged({ more: [1, 1, 2] }))],
    ['a field of a mention at a negative place', resolve(forged({ more: [-1, 1, 2] }))],
    ['a field no mention has', resolveOne({ html: '<b>x</b>' })],
    ['a field named __proto__', resolve(forged({ words: ['Atyrau', '__proto__', true] }))],
    ['a field that is an object', resolve(forged({ words: ['Atyrau', 'role', { toString: () => 'x' }] }))],
    ['a field cut short', resolve(forged({ more: [0, 1] }))],
    ['too many mentions', resolve(packMentions(Array(MAX_MENTIONS + 1).fill(mention)))],
    ['no data', { type: 'text/resolve' }],
    ['a 401-character role', resolveOne({ role: 'r'.repeat(401) })],
  ])('rejects %s', (_, raw) => {
    expect(parseBackgroundMessage(raw).ok).toBe(false);
  });
});

describe('packed mentions', () => {
  const detected = detectMentions(readFileSync('tests/fixtures/corpus/01-kazakhstan-boqaev-land.txt', 'utf8'));

  it('unpack to the mentions packed, every field detection sets included', () => {
    expect(detected.some((m) => m.role || m.descriptor || m.fullName || m.aliasOf)).toBe(true);
    expect(unpackMentions(packMentions(detected))).toEqual(detected);
  });

  it('travel as one string, shorter than the mentions as objects: the fields every mention has go unnamed', () => {
    const packed = packMentions(detected);
    expect(typeof packed).toBe('string');
    for (const field of ['start', 'end', 'form']) expect(packed).not.toContain(`"${field}"`);
    expect(packed.length).toBeLessThan(JSON.stringify(detected).length);
  });

  it('write each form, field name and value once, however often the article repeats them', () => {
    // The same story fifty times over, as a long live blog or the bench's 5 MB page repeats its names.
    const repeated = Array.from({ length: 50 }, (_, n) =>
      detected.map((m) => ({ ...m, start: m.start + n * 1e5, end: m.end + n * 1e5 })),
    ).flat();
    const { words, numbers } = JSON.parse(packMentions(repeated));
    const strings = new Set(
      detected.flatMap((m) =>
        Object.entries(m)
          .filter(([k, v]) => v !== null && v !== false && !['start', 'end'].includes(k))
          .flatMap(([k, v]) => (k === 'form' ? [v] : [k, v])),
      ),
    );
    expect(words).toHaveLength(strings.size);
    expect(numbers).toHaveLength(repeated.length * 3);
    expect(unpackMentions(packMentions(repeated))).toEqual(repeated);
  });

  it('travel as numbers: serialising the message again escapes only the quotes of the words', () => {
    const packed = packMentions(detected);
    const quotes = JSON.parse(packed).words.filter((w: unknown) => typeof w === 'string').length * 2;
    expect(JSON.stringify(packed).length - packed.length).toBeLessThanOrEqual(quotes + 2 + 6);
  });

  it('pack in steps of a bounded number of mentions, for a read cut into slices', () => {
    const many = Array.from({ length: 5000 }, (_, i) => ({ ...mention, start: i * 10, end: i * 10 + 6 }));
    const steps = packMentionsSteps(many);
    let pauses = 0;
    for (let next = steps.next(); !next.done; next = steps.next()) pauses++;
    // A pause before every 1,000th mention: the 1,000th to the 5,000th.
    expect(pauses).toBe(5);
    expect(unpackMentions(packMentions(many))).toEqual(many);
  });

  it('unpack mentions of several parts, whose starts go back', () => {
    const [first, second] = detected as [Candidate, Candidate];
    const mentions = [{ ...second, start: 500, end: 500 + second.form.length }, first];
    expect(unpackMentions(packMentions(mentions))).toEqual(mentions);
    expect(parseBackgroundMessage(resolve(packMentions(mentions))).ok).toBe(true);
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
