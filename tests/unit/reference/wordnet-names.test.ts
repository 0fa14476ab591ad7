/**
 * Names WordNet gives that the shipped pack keeps (issue 16): a place's own
 * headword though the name lists hold it as a rare surname ("Pacific",
 * "Sahara"), and the universities, exchanges, buildings and monuments WordNet
 * files among artifacts; and the names it still leaves out because they mean
 * someone or something else first.
 */
import { describe, expect, it } from 'vitest';
import { loadReference } from '../../../scripts/lib/load-reference';

// The pack is built by `npm run pack` (npm install and npm test run it first).
const reference = loadReference();
const only = (name: string) => reference.match(name)?.entry ?? null;
const all = (name: string) => {
  const found = reference.match(name);
  return found?.entry ? [found.entry] : (found?.ambiguous ?? []);
};

describe("a place's own name", () => {
  it('keeps an ocean and a desert by their headwords', () => {
    expect(only('Pacific')?.description).toMatch(/ocean/);
    expect(only('Sahara')?.description).toMatch(/desert/);
  });

  it('still leaves out a surname of someone WordNet knows, a first name, a people and a country', () => {
    expect(only('Wilson')).toBeNull();
    expect(all('Victoria').every((e) => e.facts?.kind !== 'other')).toBe(true);
    expect(all('Canadian')).toEqual([]);
    expect(only('Montenegro')?.description).toMatch(/^Country/);
  });

  it('keeps a state or a city of the name before its river or volcano', () => {
    expect(all('Ohio')).toHaveLength(1);
    expect(all('Colima').every((e) => !/volcano/.test(e.description))).toBe(true);
  });
});

describe('named artifacts', () => {
  it('makes universities and stock exchanges bodies, and bridges and museums places', () => {
    expect(only('Harvard University')?.type).toBe('ORG');
    expect(only('NYSE')?.name).toBe('New York Stock Exchange');
    expect(only('Golden Gate Bridge')?.type).toBe('PLACE');
    expect(only('Louvre Museum')?.facts?.country).toBe('France');
  });

  it('leaves out ships and weapons, and yields a name to the curated entry written for it', () => {
    expect(only('Mayflower')).toBeNull();
    expect(only('Excalibur')).toBeNull();
    expect(all('Kremlin').map((e) => e.type)).toEqual(['ORG']);
  });
});
