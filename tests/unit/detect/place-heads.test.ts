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

describe("a US state's postal code", () => {
  it('is a place after a place and a comma', () => {
    expect(cues('Researchers at the Halvorsen Institute in Rochester, NY, and a lab in Boise, ID, joined.')).toEqual([
      ['Halvorsen Institute', 'ORG'],
      ['Rochester', 'PLACE'],
      ['NY', 'PLACE'],
      ['Boise', 'PLACE'],
      ['ID', 'PLACE'],
    ]);
  });

  it('says nothing of the same letters elsewhere', () => {
    expect(cues('Bring a photo ID, and the forms from IN to the desk.')).not.toContainEqual(['ID', 'PLACE']);
  });
});
