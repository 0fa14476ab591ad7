/**
 * The leaders, companies and bodies of data/notable.json (issue 16): a file of
 * checked entries whose short forms ("Trump", "Boeing") reach the cards of the
 * shipped pack.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectMentions } from '../../../lib/detect/detect-mentions';
import { resolveMentions } from '../../../lib/entities/resolve-mentions';
import { foldName } from '../../../lib/names/fold';
import { loadReference } from '../../../scripts/lib/load-reference';
import { checkCurated } from '../../../scripts/pack/curated-entries';

// The pack is built by `npm run pack` (npm install and npm test run it first).
const reference = loadReference();
const file = checkCurated({ terms: [], ...JSON.parse(readFileSync('data/notable.json', 'utf8')) });
const entities = (text: string) => resolveMentions(detectMentions(text, reference.termLexicon), reference);
const cardOf = (text: string, form: string) => entities(text).find((e) => e.forms.includes(form))?.reference;

describe('the notable entries file', () => {
  it('passes the curated checks and gives no form to two entries of the curated files', () => {
    const curated = checkCurated(JSON.parse(readFileSync('data/curated.json', 'utf8')));
    const owners = new Map<string, string[]>();
    for (const e of [...curated.entries, ...file.entries])
      for (const form of new Set([e.name, ...(e.aliases ?? [])].map(foldName)))
        owners.set(form, [...(owners.get(form) ?? []), e.name]);
    expect([...owners].filter(([, names]) => names.length > 1)).toEqual([]);
  });
});

describe('the cards of notable names in the shipped pack', () => {
  it('knows a head of government by the surname alone, and the article by the full name', () => {
    expect(reference.match('Netanyahu')?.entry?.name).toBe('Benjamin Netanyahu');
    const text = 'Donald Trump flew to Riyadh on Tuesday. There Trump met the Saudi crown prince.';
    expect(cardOf(text, 'Trump')?.name).toBe('Donald Trump');
  });

  it('gives companies and platforms their cards', () => {
    const text = 'The airline ordered jets from Boeing and Airbus, and announced it on Instagram.';
    expect(cardOf(text, 'Boeing')?.type).toBe('ORG');
    expect(cardOf(text, 'Airbus')?.description).toContain('airliners');
    expect(cardOf(text, 'Instagram')?.description).toContain('Meta');
  });
});

describe('a curated surname alone', () => {
  it('is the person wherever the article calls it nothing else', () => {
    const text = 'The new tariffs were announced by Trump on Tuesday, hours before the markets opened.';
    expect(cardOf(text, 'Trump')?.name).toBe('Donald Trump');
  });

  it('is not the person where the article gives the surname to someone else, or calls it a place', () => {
    const namesake = 'Fred Trump built rows of brick houses in Queens. Trump rarely spoke to reporters.';
    expect(cardOf(namesake, 'Trump')?.name).not.toBe('Donald Trump');
    expect(cardOf('Surfers crowded the sand at Bondi on Sunday morning.', 'Bondi') ?? null).toBeNull();
  });
});

describe('the bodies and people added to the notable entries', () => {
  it('knows the banks of an Indian market report by their short names', () => {
    const text =
      'Nomura said the ruling favoured lenders and named SBI and ICICI Bank as the main winners, while JP Morgan called it a landmark.';
    expect(cardOf(text, 'Nomura')?.name).toBe('Nomura Holdings');
    expect(cardOf(text, 'SBI')?.name).toBe('State Bank of India');
    expect(cardOf(text, 'ICICI Bank')?.name).toBe('ICICI Bank');
    expect(cardOf(text, 'JP Morgan')?.name).toBe('JPMorgan Chase');
  });

  it('knows space agencies, civil-liberties groups, museums and squares', () => {
    const text =
      'The European Space Agency and JAXA will share the probe. The ACLU sued the city. ' +
      'Crowds filled Tiananmen Square, and the British Museum lent two statues.';
    expect(cardOf(text, 'European Space Agency')?.type).toBe('ORG');
    expect(cardOf(text, 'JAXA')?.name).toBe('Japan Aerospace Exploration Agency');
    expect(cardOf(text, 'ACLU')?.name).toBe('American Civil Liberties Union');
    expect(cardOf(text, 'Tiananmen Square')?.facts?.country).toBe('China');
    expect(cardOf(text, 'British Museum')?.description).toContain('London');
  });

  it('says when a leader of Taiwan held office', () => {
    const text = 'Beijing cut contact with Taipei after Tsai Ing-wen took office.';
    expect(cardOf(text, 'Tsai Ing-wen')?.description).toContain('2016 to 2024');
  });
});
