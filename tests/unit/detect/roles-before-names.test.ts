import { describe, expect, it } from 'vitest';
import { findNames } from '../../../lib/detect/find-names';

const roleOf = (text: string, form: string) => findNames(text).find((c) => c.form === form)?.role;

describe('roles read from the article', () => {
  it.each([
    ['Amazon founder Jeff Bezos bought the paper.', 'Jeff Bezos', 'Amazon founder'],
    ['White House press secretary Josh Earnest said it would pass.', 'Josh Earnest', 'White House press secretary'],
    ['The plan was defended by former senior adviser Jane Roe on Monday.', 'Jane Roe', 'former senior adviser'],
    [
      "It was [Kazakhstan's former President Nursultan] Nazarbaev who ruled.",
      'Nursultan',
      "Kazakhstan's former President",
    ],
  ])('a descriptor before the name is a role: %s', (text, form, role) => {
    expect(roleOf(text, form)).toBe(role);
  });

  it.each([
    ['Mr Obama said the talks were useful.', 'Obama'],
    ['Mr. Obama said the talks were useful.', 'Obama'],
    ['Ms Adams left early.', 'Adams'],
    ['Dr. Anna Lee spoke first.', 'Anna Lee'],
  ])('an honorific alone is no role: %s', (text, form) => {
    expect(findNames(text).find((c) => c.form === form)).toBeDefined();
    expect(roleOf(text, form)).toBeUndefined();
  });

  it('keeps a title and an appositive as roles', () => {
    expect(roleOf('President Kassym-Jomart Tokayev spoke.', 'Kassym-Jomart Tokayev')).toBe('President');
    expect(roleOf('Mr Boqaev, a rights activist from Atyrau, was freed.', 'Boqaev')).toBe(
      'a rights activist from Atyrau',
    );
  });

  it('takes no plural noun or clause before a name for a role', () => {
    expect(roleOf('He told reporters Jeff Bezos would come.', 'Jeff Bezos')).toBeUndefined();
    expect(roleOf('They said that Jeff Bezos would come.', 'Jeff Bezos')).toBeUndefined();
  });
});
