/**
 * Text made to be slow: one name repeated, or thousands of names that share a surname, initials, a head word or an
 * ending. Every per-name list grows by a push, never by a copy, and each join looks a name up instead of comparing
 * it with every other; these tests finish in a moment that way, and would run for minutes otherwise (a copy per
 * mention cost 65 s for 40,000 repeats). Speed itself is measured in `npm run bench`.
 */
import { describe, expect, it } from 'vitest';
import { handleBackgroundMessage } from '../../../lib/background/handle-message';
import { detectMentions } from '../../../lib/detect/detect-mentions';
import type { Candidate } from '../../../lib/detect/find-names';
import { MAX_NAMES } from '../../../lib/entities/clusters';
import type { ArticleEntity } from '../../../lib/entities/group-mentions';
import { resolveMentions } from '../../../lib/entities/resolve-mentions';
import { MAX_MENTIONS } from '../../../lib/protocol/messages';
import { packMentions } from '../../../lib/protocol/packed-mentions';
import { buildReferenceIndex, type ReferenceRecord } from '../../../lib/reference/reference-index';
import { reference } from './support';

const ID = 'backstory-test';
const context = { extensionId: ID, reference };
const REPEATS = 100_000;

/** A different word for each number, whatever transliteration folds (doubled letters, q and k, glides). */
const SYLLABLES = ['ba', 'de', 'fi', 'lo', 'mu', 'na', 'pe', 'ri', 'so', 'tu'];
const tag = (i: number): string => [...String(i)].map((digit) => SYLLABLES[Number(digit)]).join('');
const Name = (i: number) => `Z${tag(i)}`;
const sentences = (count: number, make: (i: number) => string) =>
  Array.from({ length: count }, (_, i) => make(i)).join(' ');

function ask<T>(type: 'text/detect' | 'text/resolve', data: unknown): T {
  const reply = handleBackgroundMessage({ type, data }, { id: ID, tab: { id: 1 } }, context);
  if (!reply.ok) throw new Error(reply.error);
  return reply.data as T;
}

// Detection is synchronous: a time limit cannot stop it, only mark it late. A generous one keeps a busy machine
// from failing the test; the figures themselves are in the bench.
const SLOW = { timeout: 120_000 };

describe('one name repeated 100,000 times', SLOW, () => {
  const text = sentences(REPEATS, () => 'and the talks in Astana went on.');

  it('is detected at every repeat', () => {
    const found = detectMentions(text, reference.termLexicon);
    expect(found.filter((c) => c.form === 'Astana')).toHaveLength(REPEATS);
  });

  it('costs the background no more mentions than one resolve takes, and resolves to one place', () => {
    const { parts } = ask<{ parts: Candidate[][] }>('text/detect', { texts: [text] });
    expect(parts[0]).toHaveLength(MAX_MENTIONS);
    const { entities } = ask<{ entities: ArticleEntity[] }>('text/resolve', { mentions: packMentions(parts[0] ?? []) });
    expect(entities.map((e) => [e.name, e.type, e.mentions.length])).toEqual([['Astana', 'PLACE', MAX_MENTIONS]]);
  });
});

describe('thousands of names that share a part', SLOW, () => {
  const resolve = (text: string) => resolveMentions(detectMentions(text, reference.termLexicon), reference);

  it('full names sharing a surname, and the surname alone', () => {
    const entities = resolve(
      `${sentences(MAX_NAMES - 1, (i) => `Minister ${Name(i)} Boqaev said that the talks would go on.`)} Then Boqaev left.`,
    );
    // The surname alone fits every one of them, so it joins none.
    expect(entities.filter((e) => e.name.endsWith(' Boqaev'))).toHaveLength(MAX_NAMES - 1);
    expect(entities.find((e) => e.name === 'Boqaev')?.mentions).toHaveLength(1);
  });

  it('bodies sharing a head word, and a shorter name of one of them', () => {
    const text = `${sentences(MAX_NAMES - 2, (i) => `The ${Name(i)} Zinc Ministry said that it was in talks.`)} The ${Name(0)} Ministry agreed.`;
    const entities = resolve(text);
    expect(entities.filter((e) => e.type === 'ORG')).toHaveLength(MAX_NAMES - 2);
    expect(entities.find((e) => e.forms.includes(`${Name(0)} Ministry`))?.name).toBe(`${Name(0)} Zinc Ministry`);
  });

  it('names sharing their initials, and the acronym', () => {
    const text = `${sentences(MAX_NAMES - 1, (i) => `The Zinc ${Name(i)} Board said that it was in talks.`)} The ZB said no.`;
    const entities = resolve(text);
    expect(entities.filter((e) => e.name.startsWith('Zinc '))).toHaveLength(MAX_NAMES - 1);
    expect(entities.find((e) => e.name === 'ZB')?.mentions).toHaveLength(1);
  });

  it('no more distinct names than one resolve looks up', () => {
    const entities = resolve(
      sentences(2 * MAX_NAMES, (i) => `Minister ${Name(i)} Tulegenov said that the talks would go on.`),
    );
    expect(entities).toHaveLength(MAX_NAMES);
  });

  it('names each of several reference entries could mean, told apart among thousands of other names', () => {
    const records: ReferenceRecord[] = Array.from({ length: 1_000 }, (_, i) => [
      { name: `Vel${tag(i)}`, type: 'PLACE' as const, description: `A town in Zarnia.` },
      { name: `Vel${tag(i)}`, type: 'PLACE' as const, description: `A town in Ostland.` },
    ]).flat();
    const index = buildReferenceIndex(records, 'pack', 'ambiguous places');
    const text = `${sentences(MAX_NAMES - 1_001, (i) => `Minister ${Name(i)} Tulegenov said that the talks would go on.`)} ${sentences(1_000, (i) => `The talks in Vel${tag(i)} went on.`)} Ostland agreed.`;
    const entities = resolveMentions(detectMentions(text, index.termLexicon), index);
    const towns = entities.filter((e) => e.name.startsWith('Vel'));
    expect(towns).toHaveLength(1_000);
    expect(towns.every((e) => e.reference?.description === 'A town in Ostland.')).toBe(true);
  });
});
