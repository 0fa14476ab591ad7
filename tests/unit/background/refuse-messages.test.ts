/**
 * The background answers only its own protocol, from this extension. A content script runs beside page code, so
 * everything else it could be made to send is refused before any reference data is read.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { handleBackgroundMessage, type MessageSender } from '../../../lib/background/handle-message';
import { detectMentions } from '../../../lib/detect/detect-mentions';
import type { Candidate } from '../../../lib/detect/find-names';
import { MAX_PARTS, MAX_TEXT_CHARS } from '../../../lib/protocol/messages';
import { packMentions } from '../../../lib/protocol/packed-mentions';
import type { ReferenceIndex } from '../../../lib/reference/reference-index';
import { loadReference } from '../../../scripts/lib/load-reference';

const ID = 'backstory-id';
const reference = loadReference();
const context = { extensionId: ID, reference };
/** A reference that fails the test if a refused message ever reaches it. */
const trap = new Proxy({} as ReferenceIndex, {
  get: (_, key) => {
    throw new Error(`a refused message read the reference (${String(key)})`);
  },
});
const FROM_CONTENT_SCRIPT: MessageSender = { id: ID, url: 'https://news.example/story', tab: { id: 7 } };
const mention = { start: 0, end: 6, form: 'Atyrau', cue: 'PLACE', sentenceInitial: false };
const resolve = (m: object) => ({ type: 'text/resolve', data: { mentions: packMentions([m as Candidate]) } });
const packed = packMentions([mention as Candidate]);
const forged = (change: object) => JSON.stringify({ ...JSON.parse(packed), ...change });
const refuse = (raw: unknown, sender: MessageSender = FROM_CONTENT_SCRIPT) => {
  const reply = handleBackgroundMessage(raw, sender, { extensionId: ID, reference: trap });
  expect(reply.ok).toBe(false);
  // A refusal never echoes what it refused at length.
  expect(JSON.stringify(reply).length).toBeLessThan(120);
};
const LONG = 'x'.repeat(100 * 1024);

describe('the background accepts', () => {
  it('its two messages from a content script of this extension and from its own pages', () => {
    for (const sender of [FROM_CONTENT_SCRIPT, { id: ID, url: `chrome-extension://${ID}/popup.html` }]) {
      expect(
        handleBackgroundMessage({ type: 'text/detect', data: { texts: ['An act of clemency.'] } }, sender, context).ok,
      ).toBe(true);
      expect(handleBackgroundMessage(resolve(mention), sender, context).ok).toBe(true);
    }
  });

  it('every mention detected in the labelled corpus: no field detection adds is refused', () => {
    const files = readdirSync('tests/fixtures/corpus').filter((f) => f.endsWith('.txt'));
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const mentions = detectMentions(readFileSync(`tests/fixtures/corpus/${file}`, 'utf8'), reference.termLexicon);
      const message = { type: 'text/resolve', data: { mentions: packMentions(mentions) } };
      const reply = handleBackgroundMessage(message, FROM_CONTENT_SCRIPT, context);
      expect(reply, file).toMatchObject({ ok: true });
    }
  });
});

describe('the background refuses', () => {
  it.each([
    ['another extension', { id: 'other-extension-id' }],
    ['a sender without an id, such as a web page', { url: 'https://evil.example/' }],
    ['an id that only looks like ours', { id: `${ID} ` }],
    ['an id in other case', { id: ID.toUpperCase(), tab: { id: 7 } }],
  ])('messages from %s', (_, sender) => {
    refuse({ type: 'text/detect', data: { texts: ['An act of clemency.'] } }, sender);
    refuse(resolve(mention), sender);
  });

  it.each([
    ['settings/set', { siteSwitches: { 'news.example': false } }],
    ['glossaries/set', { glossaries: [{ name: 'x', entries: [] }] }],
    ['storage/clear', {}],
    ['page/state', {}],
    ['page/reveal', { entityId: 'PLACE:atyrau' }],
    ['__proto__', {}],
    ['constructor', {}],
    ['', {}],
  ])('settings-like, tab and unknown messages: %j', (type, data) => {
    refuse({ type, data });
  });

  it.each([
    ['no type', { data: { texts: ['a'] } }],
    ['a number as type', { type: 1, data: {} }],
    ['an object as type', { type: { toString: () => 'text/detect' }, data: { texts: ['a'] } }],
    ['data that is a list', { type: 'text/detect', data: [['a']] }],
    ['a message that is a list', [['text/detect', { texts: ['a'] }]]],
    ['a string', 'text/detect'],
    ['null', null],
  ])('malformed messages: %s', (_, raw) => {
    refuse(raw);
  });

  it.each([
    ['beside type and data', { type: 'text/detect', data: { texts: ['a'] }, tabId: 3 }],
    ['in the data of detect', { type: 'text/detect', data: { texts: ['a'], glossary: [{ name: 'x' }] } }],
    ['in the data of resolve', { type: 'text/resolve', data: { mentions: packed, settings: {} } }],
    ['in a mention', resolve({ ...mention, html: '<img src=x onerror=alert(1)>' })],
    ['named __proto__ in a mention', resolve(JSON.parse(`{"__proto__":{"x":1},${JSON.stringify(mention).slice(1)}`))],
    [
      'in the packed mentions',
      { type: 'text/resolve', data: { mentions: forged({ html: '<img src=x onerror=alert(1)>' }) } },
    ],
    ['named __proto__, from JSON', JSON.parse('{"type":"detect","data":{"texts":["a"]},"__proto__":{"admin":true}}')],
    [
      'named __proto__ in the packed mentions',
      {
        type: 'text/resolve',
        data: { mentions: `{"__proto__":{"x":1},${packed.slice(1)}` },
      },
    ],
  ])('messages with an extra field %s', (_, raw) => {
    refuse(raw);
  });

  it.each([
    ['a text that is not a string', { type: 'text/detect', data: { texts: [{ text: 'a' }] } }],
    ['more text than any page', { type: 'text/detect', data: { texts: ['x'.repeat(MAX_TEXT_CHARS + 1)] } }],
    ['one part too many', { type: 'text/detect', data: { texts: Array(MAX_PARTS + 1).fill('a') } }],
    ['a 201-character form', resolve({ ...mention, end: 201, form: 'F'.repeat(201) })],
    ['a 100 kB form', resolve({ ...mention, end: LONG.length, form: LONG })],
    ['a 201-character full name', resolve({ ...mention, fullName: 'F'.repeat(201) })],
    ['a 201-character acronym target', resolve({ ...mention, aliasOf: 'F'.repeat(201) })],
    ['a 401-character role', resolve({ ...mention, role: 'r'.repeat(401) })],
    ['a 100 kB role', resolve({ ...mention, role: LONG })],
    ['a 100 kB message type', { type: LONG, data: {} }],
    ['a flag that is not true or false', resolve({ ...mention, commonWord: 'yes' })],
    ['numbers that do not line up', { type: 'text/resolve', data: { mentions: forged({ numbers: [0, 6, 2, 256] }) } }],
    ['mentions as objects, not columns', { type: 'text/resolve', data: { mentions: [mention] } }],
    ['a form that is markup, not a string', resolve({ ...mention, form: { toString: () => '<b>x</b>' } })],
  ])('messages with %s', (_, raw) => {
    refuse(raw);
  });
});
