/**
 * A role fits the entity it is given to (issue 16): a person's description
 * set after a place's name ("in London, a British-born genius who…") is no
 * role of the city, while a place's own description stays.
 */
import { describe, expect, it } from 'vitest';
import { detectMentions } from '../../../lib/detect/detect-mentions';
import { resolveMentions } from '../../../lib/entities/resolve-mentions';
import { roleFits } from '../../../lib/entities/role-fits';
import { loadReference } from '../../../scripts/lib/load-reference';

// The pack is built by `npm run pack` (npm install and npm test run it first).
const reference = loadReference();
const entities = (text: string) => resolveMentions(detectMentions(text, reference.termLexicon), reference);

describe('roles that fit the entity', () => {
  it("gives a city no person's description as its role", () => {
    const text =
      'The deck was the work of an occult scholar in late 19th century London, a British-born creative ' +
      'visual genius who studied art in New York City, and a publisher.';
    const london = entities(text).find((e) => e.forms.includes('London'));
    expect(london?.type).toBe('PLACE');
    expect(london?.role).toBeUndefined();
  });

  it('keeps the roles that can be what the entity is', () => {
    expect(roleFits('the Democratic candidate', 'PLACE', reference)).toBe(false);
    expect(roleFits('an oil town on the Caspian', 'PLACE', reference)).toBe(true);
    expect(roleFits('the Democratic candidate', 'PERSON', reference)).toBe(true);
    expect(roleFits('a regional airline', 'ORG', reference)).toBe(true);
    expect(roleFits('a retired teacher', 'ORG', reference)).toBe(false);
  });
});
