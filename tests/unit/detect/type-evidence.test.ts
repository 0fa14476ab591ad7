import { describe, expect, it } from 'vitest';
import { findNames } from '../../../lib/detect/find-names';

const cueOf = (text: string, form: string) => findNames(text).find((c) => c.form === form)?.cue;
const found = (text: string, form: string) => findNames(text).find((c) => c.form === form);

describe('evidence for a type in the words around a name', () => {
  it('reads a title abbreviation as a title, not as the end of a sentence', () => {
    const text = 'The grocer grew fast. Mr. Kroger said the chain would open stores, and Dr. Alvarado agreed.';
    expect(cueOf(text, 'Kroger')).toBe('PERSON');
    expect(found(text, 'Kroger')?.sentenceInitial).toBe(false);
    expect(cueOf(text, 'Alvarado')).toBe('PERSON');
  });

  it('still reads a period after an ordinary word as a sentence end', () => {
    expect(found('They went home. Kroger opened later.', 'Kroger')?.sentenceInitial).toBe(true);
  });
});
