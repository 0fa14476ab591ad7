/** The store listing in docs/store/ fits what the stores take, and says what the extension says. */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import english from '../../../public/_locales/en/messages.json';
import { pngSize } from '../../helpers/built-files';

const STORE = 'docs/store';
/** Chrome refuses a manifest description, which is also its store summary, of more than 132 characters. */
const SUMMARY_MAX = 132;
/** AMO caps its detailed description at 15,000 characters, Chrome at 16,000. */
const DESCRIPTION_MAX = 15_000;

const read = (file: string) => readFileSync(`${STORE}/${file}`, 'utf8');

describe('the store listing', () => {
  const short = read('short-description.txt').trim();

  it(`has a short description of one line and at most ${SUMMARY_MAX} characters`, () => {
    expect(short).not.toMatch(/\n/);
    expect(short.length).toBeGreaterThan(20);
    expect(short.length).toBeLessThanOrEqual(SUMMARY_MAX);
  });

  it('uses the manifest’s own description as its short description, which Chrome shows', () => {
    expect(english.extDescription.message).toBe(short);
  });

  it('has a long description within both stores’ limits that quotes the online switch’s words', () => {
    const long = read('long-description.txt');
    expect(long.length).toBeGreaterThan(500);
    expect(long.length).toBeLessThanOrEqual(DESCRIPTION_MAX);
    expect(long.replace(/\s+/g, ' ')).toContain(english.onlineConsent.message);
  });

  it('has one to five screenshots at 1280×800, and the 440×280 promotional tile', () => {
    const shots = readdirSync(`${STORE}/screenshots`).filter((file) => /^\d-.*\.png$/.test(file));
    expect(shots.length).toBeGreaterThanOrEqual(1);
    expect(shots.length).toBeLessThanOrEqual(5);
    for (const file of shots) expect(pngSize(`${STORE}/screenshots/${file}`), file).toEqual([1280, 800]);
    expect(pngSize(`${STORE}/screenshots/promo-tile-440x280.png`)).toEqual([440, 280]);
  });
});
