import { describe, expect, it } from 'vitest';
import { findNames } from '../../../lib/detect/find-names';

const cues = (text: string) =>
  findNames(text)
    .filter((c) => !c.sentenceInitial)
    .map((c) => [c.form, c.cue]);

describe("a house of worship's name", () => {
  it('is a place, as a mosque or a cathedral is', () => {
    expect(
      cues(
        'Crowds filled the Harmandir Temple, the Yanagawa Shrine and the Kolbeck Chapel; the Beth Arveh Synagogue shut.',
      ),
    ).toEqual([
      ['Harmandir Temple', 'PLACE'],
      ['Yanagawa Shrine', 'PLACE'],
      ['Kolbeck Chapel', 'PLACE'],
      ['Beth Arveh Synagogue', 'PLACE'],
    ]);
  });

  it('leaves a body named after one a body', () => {
    expect(cues('Students of Temple University marched.')).toEqual([['Temple University', 'ORG']]);
  });
});
