/**
 * What the content script detects must be what the background accepts: a page scan sends all its mentions in one
 * resolve message, and the background refuses the whole message if one mention breaks a protocol limit.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { browser } from 'wxt/browser';
import { backgroundClient } from '../../../entrypoints/content-script/background-client';
import { handleBackgroundMessage } from '../../../lib/background/handle-message';
import { detectMentions } from '../../../lib/detect/detect-mentions';
import { MENTION as isCandidate } from '../../../lib/protocol/mention';
import { scanPage } from '../../helpers/scan-page';
import { isTerm, reference } from './support';

const EXTENSION_ID = 'backstory-test';

/** The real client, talking to the real background handler instead of through the browser. */
const background = backgroundClient({
  runtime: {
    sendMessage: async (message: unknown) =>
      handleBackgroundMessage(message, { id: EXTENSION_ID }, { extensionId: EXTENSION_ID, reference }),
  },
} as unknown as typeof browser);

const SENTENCE = 'Officials met in Astana on Tuesday, and President Kassym-Jomart Tokayev spoke to them at length.';
const page = (extra: string) =>
  new DOMParser().parseFromString(
    `<body><article>${`<p>${SENTENCE}</p>`.repeat(8)}<p>${extra}</p></article></body>`,
    'text/html',
  );

const WORDS = ['Alpha', 'Beta', 'Gamma', 'Delta', 'Epsilon', 'Zeta', 'Theta', 'Kappa', 'Lambda', 'Omicron'];

describe('the protocol limits', () => {
  it('resolves the entities of an ordinary page through the real client and background', async () => {
    const scan = await scanPage(page('The ministry said nothing more.'), background);
    expect(scan.entities.map((e) => e.name)).toEqual(expect.arrayContaining(['Astana', 'Kassym-Jomart Tokayev']));
  });

  it('accepts every mention detected in short texts of names and connectors', () => {
    const connectors = [' ', ' of ', ' and ', ', ', '. ', ' (', ') ', '\n', ' the ', ' said '];
    const texts = fc
      .array(fc.oneof(fc.constantFrom(...WORDS), fc.constantFrom(...connectors)), { maxLength: 40 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(texts, (text) => {
        for (const candidate of detectMentions(text, isTerm)) expect(isCandidate(candidate)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  // Regression: one capitalised run longer than the protocol allows a mention to be (here 238 characters) once
  // made the background refuse the whole resolve, costing the page all its highlights.
  it('still resolves the other entities of a page with a capitalised run longer than a mention may be', async () => {
    const run = Array.from({ length: 40 }, (_, i) => WORDS[i % WORDS.length]).join(' ');
    const scan = await scanPage(page(`The board members are ${run} and others.`), background);
    expect(scan.entities.map((e) => e.name)).toEqual(expect.arrayContaining(['Astana', 'Kassym-Jomart Tokayev']));
  });
});
