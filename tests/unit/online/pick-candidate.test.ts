/** Choosing among candidates by the article's words, and asking the reader when that is not clear. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MENTION_RADIUS, nearMentions } from '../../../lib/online/context-words';
import type { LookupType } from '../../../lib/online/lookup-types';
import { type Candidate, pickCandidate } from '../../../lib/online/pick-candidate';
import { typeFit } from '../../../lib/online/type-check';
import { parseEntities } from '../../../lib/online/wikidata-entities';
import { parseSearch } from '../../../lib/online/wikidata-search';
import { fixture } from '../../helpers/fake-wikimedia';

const ARTICLE = readFileSync(join(__dirname, '../../fixtures/corpus/01-kazakhstan-boqaev-land.txt'), 'utf8');

function candidates(search: string, entities: string, type: LookupType): Candidate[] {
  const items = parseEntities(fixture(entities), 'en') ?? [];
  return (parseSearch(fixture(search)) ?? []).flatMap((hit) => {
    const item = items.find((i) => i.qid === hit.qid);
    return item ? [{ item, fit: typeFit(item, type), matched: hit.matched }] : [];
  });
}

const smiths = () => candidates('search-john-smith', 'entities-john-smith', 'PERSON');

describe('choosing a candidate by context', () => {
  it('takes the President for "Nazarbaev", leaving out his daughter, the university and the surname item', () => {
    const pick = pickCandidate('Nazarbaev', candidates('search-nazarbayev', 'entities-nazarbayev', 'PERSON'), {
      text: ARTICLE,
    });
    expect(pick).toMatchObject({ kind: 'chosen', confidence: 'high', runnersUp: [] });
    if (pick.kind !== 'chosen') return;
    expect(pick.chosen.item.qid).toBe('Q8015');
    expect(pick.chosen.evidence).toEqual(expect.arrayContaining(['president', 'kazakhstan']));
  });

  it('picks the John Smith the article is about when its words say so', () => {
    const text = 'Labour leader John Smith, the British politician who led the party until 1994, was remembered.';
    const pick = pickCandidate('John Smith', smiths(), { text });
    expect(pick).toMatchObject({ kind: 'chosen', confidence: 'high' });
    if (pick.kind !== 'chosen') return;
    expect(pick.chosen.item.qid).toBe('Q1374289');
    expect(pick.runnersUp.map((s) => s.item.qid)).toEqual(['Q228024', 'Q6259370']);
  });

  it('is ambiguous without context, never a confident guess', () => {
    const pick = pickCandidate('John Smith', smiths(), {});
    expect(pick.kind).toBe('ambiguous');
    if (pick.kind !== 'ambiguous') return;
    expect(pick.candidates.map((s) => s.item.qid)).toEqual(['Q228024', 'Q1374289', 'Q6259370']);
  });

  it('asks rather than choose a namesake on one generic word', () => {
    const pick = pickCandidate('John Smith', smiths(), { text: ARTICLE });
    expect(pick.kind).toBe('ambiguous');
  });

  it('is ambiguous when the context fits the top two about equally', () => {
    const text = 'John Smith, an English explorer? No: a British politician, some say.';
    expect(pickCandidate('John Smith', smiths(), { text }).kind).toBe('ambiguous');
  });

  it('counts other entity names of the article as context', () => {
    const pick = pickCandidate('John Smith', smiths(), { names: ['Labour Party', 'House of Commons', 'British'] });
    expect(pick.kind === 'chosen' && pick.chosen.item.qid).toBe('Q1374289');
  });

  it('does not count the name itself, in any spelling, as evidence', () => {
    const only = candidates('search-max-bokayev', 'entities-bokayev', 'PERSON');
    const pick = pickCandidate('Maks Boqaev', only, { text: 'Maks Boqaev. Max Bokayev. Bokayev.' });
    expect(pick).toMatchObject({ kind: 'chosen', confidence: 'low' });
    expect(pick.kind === 'chosen' && pick.chosen.evidence).toEqual([]);
  });

  it('finds nothing when no candidate is the name or of the right type', () => {
    const universityOnly = candidates('search-nazarbayev', 'entities-nazarbayev', 'PERSON').filter(
      (c) => c.item.qid === 'Q1519964',
    );
    expect(pickCandidate('Nazarbaev', universityOnly, { text: ARTICLE })).toEqual({ kind: 'none' });
    expect(pickCandidate('Tokayev', candidates('search-max-bokayev', 'entities-bokayev', 'PERSON'), {})).toEqual({
      kind: 'none',
    });
  });
});

describe('the context of a mention', () => {
  it('is the text around the name’s mentions, in any spelling, not the whole article', () => {
    const text = `${'Governor English colonial. '.repeat(20)}Later, Toqaev met the activists.${' Filler.'.repeat(40)}`;
    const near = nearMentions(text, 'Kassym-Jomart Tokayev');
    expect(near).toContain('Toqaev met the activists');
    expect(near.length).toBeLessThanOrEqual(2 * MENTION_RADIUS + 'Toqaev'.length);
    expect(nearMentions(text, 'John Smith')).toBe('');
  });
});
