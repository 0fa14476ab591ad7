import { describe, expect, it } from 'vitest';
import { findNames } from '../../../lib/detect/find-names';
import { classifyLines } from '../../../lib/detect/line-kinds';
import { appositiveRole, roleHead } from '../../../lib/detect/roles';

describe('classifyLines', () => {
  const text = [
    'Court Frees Jailed Activist After Years of Protest',
    'BREAKING NEWS FROM THE CAPITAL',
    'By Anna Petrova, Almaty',
    'Photo: Tunde Akinola/Lagos Lens Agency',
    'The court in Atyrau ruled on Tuesday that Maks Boqaev could go home.',
  ].join('\n');
  const lines = classifyLines(text);
  const kindOf = (line: string) => lines.kindAt(text.indexOf(line));

  it('tells headlines, capitals, bylines, credits and prose apart', () => {
    expect(kindOf('Court Frees')).toBe('headline');
    expect(kindOf('BREAKING')).toBe('shout');
    expect(kindOf('By Anna')).toBe('prose');
    expect(kindOf('Photo:')).toBe('prose');
    expect(kindOf('The court')).toBe('prose');
  });

  it('takes from a headline only the names the prose confirms', () => {
    const forms = findNames(`Court Frees Boqaev After Protest\nThe court freed Maks Boqaev on Tuesday.`).map(
      (c) => c.form,
    );
    expect(forms).toEqual(['Boqaev', 'Maks Boqaev']);
  });
});

describe('roles', () => {
  it('reads the appositive after a name and its head noun', () => {
    const text = 'Maks Boqaev, a well-known Kazakh rights activist and outspoken government critic, said';
    const role = appositiveRole(text, 'Maks Boqaev'.length);
    expect(role).toBe('a well-known Kazakh rights activist and outspoken government critic');
    expect(roleHead(role ?? '')).toBe('activist');
    expect(roleHead('the oil city on the Ural River')).toBe('city');
  });

  it('gives a role set between a place and a full name to the full name, not the place', () => {
    const text = 'In Ohio, the Republican nominee, Dana Whitfield, spoke first.';
    expect(appositiveRole(text, 'In Ohio'.length)).toBeNull();
    const single = 'Tessa, a nurse, Norwich-born, spoke first.';
    expect(appositiveRole(single, 'Tessa'.length)).toBe('a nurse');
  });

  it('keeps a title and its qualifiers as the role, and a bracketed insertion as one person', () => {
    const [first, second] = findNames("Kazakhstan's current President Qasym-Zhomart Toqaev spoke.").slice(1);
    expect(first).toMatchObject({
      form: 'Qasym-Zhomart Toqaev',
      role: "Kazakhstan's current President",
      cue: 'PERSON',
    });
    expect(second).toBeUndefined();
    const parts = findNames("It forced [Kazakhstan's former President Nursultan] Nazarbaev to act.").filter(
      (c) => c.fullName,
    );
    expect(parts.map((p) => [p.form, p.fullName, p.role])).toEqual([
      ['Nursultan', 'Nursultan Nazarbaev', "Kazakhstan's former President"],
      ['Nazarbaev', 'Nursultan Nazarbaev', "Kazakhstan's former President"],
    ]);
  });

  it('splits an affiliation from the person a title inside a name introduces', () => {
    const found = findNames('Bank of England Governor Andrew Bailey said rates would hold.');
    expect(found.map((c) => [c.form, c.cue])).toEqual([
      ['Bank of England', 'ORG'],
      ['Andrew Bailey', 'PERSON'],
    ]);
  });
});

describe('appositive cues', () => {
  it.each([
    ['The move by Eskom, the state power utility, was criticised.', 'Eskom', 'ORG'],
    ['They met Gulnar Sadykova, a retired teacher, in the hall.', 'Gulnar Sadykova', 'PERSON'],
    ['Protests reached Makhambet, a village near the river, on Friday.', 'Makhambet', 'PLACE'],
  ])('types the name in %j by the head of its appositive', (text, form, cue) => {
    expect(findNames(text).find((c) => c.form === form)?.cue).toBe(cue);
  });
});
