/**
 * An ordinary word opening a sentence ("Zoom in on the map") is the word, not
 * the body a curated entry gives it to as a short name, unless the article
 * says something of it. On the shipped pack.
 */
import { describe, expect, it } from 'vitest';
import { detectMentions } from '../../../lib/detect/detect-mentions';
import { resolveMentions } from '../../../lib/entities/resolve-mentions';
import { loadReference } from '../../../scripts/lib/load-reference';

// The pack is built by `npm run pack` (npm install and npm test run it first).
const reference = loadReference();
const cardOf = (text: string, form: string) =>
  resolveMentions(detectMentions(text, reference.termLexicon), reference).find((e) => e.forms.includes(form))
    ?.reference ?? null;

describe('a short name that is an ordinary word, at the start of a sentence', () => {
  it('names no body when the article says nothing of it', () => {
    expect(cardOf('Zoom in on the map to see where the border runs.', 'Zoom')).toBeNull();
  });

  it('names the body when the article says something of it, or uses it inside a sentence', () => {
    expect(cardOf('Zoom said on Monday that it would hire four hundred engineers.', 'Zoom')?.name).toBe(
      'Zoom Video Communications',
    );
    expect(cardOf('The weekly meeting moved to Zoom after the storm.', 'Zoom')?.name).toBe('Zoom Video Communications');
  });

  it("leaves a thing's own name alone, and a newsmaker's surname", () => {
    expect(cardOf('Amazon opened two warehouses near the airport this year.', 'Amazon')?.type).toBe('ORG');
    expect(cardOf('Trump has long argued that tariffs protect factory jobs.', 'Trump')?.name).toBe('Donald Trump');
  });
});
