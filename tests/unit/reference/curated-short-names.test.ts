/**
 * A short name the curated entries chose for a thing ("Toyota" of Toyota
 * Motor Corporation) against another source's thing of that name (the city of
 * Toyota): the name means either, and the article's words decide; where they
 * do not, the card shows no background. Built on a small pack of its own, then
 * checked on the shipped pack.
 */
import { describe, expect, it } from 'vitest';
import { detectMentions } from '../../../lib/detect/detect-mentions';
import { resolveMentions } from '../../../lib/entities/resolve-mentions';
import type { PackRecord, PackSource } from '../../../lib/reference/pack-format';
import { packIndex } from '../../../lib/reference/pack-index';
import { loadReference } from '../../../scripts/lib/load-reference';
import { indexRecords } from '../../../scripts/pack/index-records';

const SOURCES: PackSource[] = [
  { label: 'Curated', licence: 'CC0', url: 'https://example.org/a', curated: true },
  { label: 'Glosses', licence: 'WN', url: 'https://example.org/b' },
];
const rec = (name: string, type: PackRecord['type'], source: number, aliases: string[] = []): PackRecord => ({
  name,
  type,
  description: `${name}, ${type}`,
  sources: [source],
  aliases,
});
const names = (found: ReturnType<ReturnType<typeof packIndex>['match']>) =>
  (found?.entry ? [found.entry] : (found?.ambiguous ?? [])).map((e) => e.name).sort();

describe('the rank of a curated short name in the lookup tiers', () => {
  const pack = packIndex(
    indexRecords(
      [
        rec('Orvale', 'PLACE', 1),
        rec('Orvale Motor Corporation', 'ORG', 0, ['Orvale']),
        rec('Dunmore', 'PLACE', 1),
        rec('Dunmore Island', 'PLACE', 0, ['Dunmore']),
        rec('Kestrel', 'PLACE', 1),
        rec('Kestrel Holdings', 'ORG', 1, ['Kestrel']),
      ],
      SOURCES,
    ),
  );

  it('makes the name mean the curated body as well as the place of another source', () => {
    expect(names(pack.match('Orvale'))).toEqual(['Orvale', 'Orvale Motor Corporation']);
  });

  it('still yields to a name of the same type, and an alias from no curated source yields to any name', () => {
    expect(names(pack.match('Dunmore'))).toEqual(['Dunmore']);
    expect(names(pack.match('Kestrel'))).toEqual(['Kestrel']);
  });
});

describe('Toyota in the shipped pack', () => {
  // The pack is built by `npm run pack` (npm install and npm test run it first).
  const reference = loadReference();
  const cardOf = (text: string) =>
    resolveMentions(detectMentions(text, reference.termLexicon), reference).find((e) => e.forms.includes('Toyota'))
      ?.reference;

  it('is the carmaker where the article speaks of a company', () => {
    expect(cardOf('Toyota said on Thursday that its hybrid sales rose in Europe.')?.type).toBe('ORG');
    expect(cardOf('The carmaker Toyota cut its profit forecast for the year.')?.type).toBe('ORG');
  });

  it('is the city where the article places it, even though the carmaker is based there', () => {
    expect(cardOf('Her grandmother was born in Toyota, Japan, before the war.')?.type).toBe('PLACE');
    expect(cardOf('The engineer settled in Toyota with his family last spring.')?.type).toBe('PLACE');
  });

  it('shows no background where the article does not say which', () => {
    expect(cardOf('Nothing about Toyota was certain after the long meeting.') ?? null).toBeNull();
  });
});
