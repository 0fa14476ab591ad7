// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { annotateDocument, annotateText } from '../../../lib/pipeline/annotate';
import { loadReference } from '../../../scripts/lib/load-reference';
import { parseFixturePage } from '../../helpers/fixtures';

// The pack is built by `npm run pack` (npm install and npm test run it first).
const reference = loadReference();

describe('cards from the knowledge pack on an article about Kazakhstan', () => {
  const entities = annotateDocument(parseFixturePage('pages/kazakhstan-clemency.html'), reference).entities;
  const byName = new Map(entities.map((e) => [e.name, e]));

  it.each([
    ['Kazakhstan', 'PLACE', /republic|Central Asia/],
    ['Atyrau', 'PLACE', /Kazakhstan/],
    ['Central Asia', 'PLACE', /Kyrgyzstan/],
    ['United Nations', 'ORG', /member states/],
    ['European Union', 'ORG', /union/i],
    ['United States', 'PLACE', /states|republic/i],
    ['political prisoner', 'TERM', /jailed because of their political beliefs/],
    ['clemency', 'TERM', /leniency|offenders/i],
    ['extremism', 'TERM', /political/],
    ['constitution', 'TERM', /principles of a government/],
  ])('%s is a %s with a pack description', (name, type, description) => {
    const entity = byName.get(name);
    expect(entity, `entities: ${[...byName.keys()].join(', ')}`).toBeDefined();
    expect(entity).toMatchObject({ type, source: 'pack' });
    expect(entity?.description).toMatch(description);
  });

  it('gives clemency the sense of leniency, not of mild weather', () => {
    expect(byName.get('clemency')?.description).not.toMatch(/weather/);
  });

  it('gives a person in WordNet a card', () => {
    const [putin] = annotateText('President Vladimir Putin spoke on Tuesday.', reference).entities;
    expect(putin).toMatchObject({ name: 'Vladimir Putin', type: 'PERSON', source: 'pack' });
    expect(putin?.description).toMatch(/Russian/);
  });

  it('does not lend a part of a longer name the sense of a common word', () => {
    const found = annotateText('Protesters gathered on Isatai-Makhambet square in Atyrau.', reference).entities;
    expect(found.some((e) => /square/i.test(e.name) && e.type === 'TERM')).toBe(false);
  });
});
