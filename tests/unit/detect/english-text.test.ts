import { describe, expect, it } from 'vitest';
import { detectMentions } from '../../../lib/detect/detect-mentions';
import { readsAsEnglish } from '../../../lib/detect/english-text';
import { findNames } from '../../../lib/detect/find-names';
import { tokenize } from '../../../lib/detect/tokenize';
import { groupMentions } from '../../../lib/entities/group-mentions';
import { buildReferenceIndex } from '../../../lib/reference/reference-index';

const english =
  'The minister said on Monday that the government would not change its plans, and that talks with the unions were still going on in the capital, where protesters had gathered for a third day.';
const german =
  'Die Regierung will die Steuern senken, sagte der Minister am Montag. Die Opposition kritisierte den Plan scharf und verlangte eine Debatte im Bundestag über die Folgen für Familien, Rentner und Unternehmen in Deutschland. Ob das Gesetz noch vor dem Sommer beschlossen wird, ist nach Angaben aus der Koalition aber noch offen, weil sich die Partner bisher nicht auf die Finanzierung einigen konnten.';
const spanish =
  'El Gobierno de Chile anunció el lunes un nuevo plan para la región de la Araucanía, donde los conflictos por la tierra con las comunidades mapuches se han agravado durante los últimos meses según las autoridades locales en Chile.';

describe('readsAsEnglish', () => {
  it.each([
    ['English', english, true],
    ['German', german, false],
    ['Spanish', spanish, false],
    ['too short to tell', 'Die Regierung sagte nein.', true],
    ['English after a long run of capitals', `${'Capital '.repeat(500)}${english}`, true],
  ])('reads %s text', (_, text, expected) => expect(readsAsEnglish(tokenize(text))).toBe(expected));
});

describe('names in text that is not English', () => {
  const reference = buildReferenceIndex(
    [
      { name: 'Chile', type: 'PLACE', description: 'Country in South America.', aliases: [] },
      { name: 'Aries', type: 'PLACE', description: 'A sign of the zodiac.', aliases: ['Ram'] },
    ],
    'pack',
    'test data',
  );

  it('keeps only the names the reference data knows, and looks for no English terms', () => {
    const mentions = detectMentions(spanish);
    expect(mentions.every((m) => m.foreign)).toBe(true);
    expect(groupMentions(mentions, reference).map((e) => e.name)).toEqual(['Chile']);
  });

  it('marks nothing foreign in English text', () => {
    expect(detectMentions(`${english} Chile agreed.`).some((m) => m.foreign)).toBe(false);
  });

  it('matches an acronym to the reference only as written', () => {
    expect(
      groupMentions(findNames('The group RAM claimed the attack, and RAM said more.'), reference)[0]?.reference,
    ).toBeNull();
  });
});
