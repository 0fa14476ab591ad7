import { describe, expect, it } from 'vitest';
import { findDatelines } from '../../../lib/detect/datelines';
import { findNames } from '../../../lib/detect/find-names';

const datelines = (text: string) => findDatelines(text).map(({ start, end }) => text.slice(start, end));

describe('datelines', () => {
  it.each([
    ['WASHINGTON — The president spoke.', 'WASHINGTON'],
    ['MOSCOW (AP) — Officials said.', 'MOSCOW'],
    ['KYIV, Ukraine (Reuters) - Shelling went on.', 'KYIV'],
    ['Headline here\nSAN FRANCISCO — A startup said.', 'SAN FRANCISCO'],
    ['Washington (CNN) — The Senate voted.', 'Washington'],
  ])('finds the place of %j', (text, place) => {
    expect(datelines(text)).toEqual([place]);
  });

  it('finds none in running text or in a name followed by a dash mid-line', () => {
    expect(datelines('The talks in Washington — which ran late — ended.')).toEqual([]);
    expect(datelines('Maks Boqaev — a rights activist — was freed.')).toEqual([]);
  });

  it('marks the dateline a place and gives the agency after it no alias', () => {
    const found = findNames('MOSCOW (AP) — Officials met on Monday.');
    expect(found.find((c) => c.form === 'MOSCOW')).toMatchObject({ dateline: true, cue: 'PLACE' });
    const ap = found.find((c) => c.form === 'AP');
    expect(ap?.aliasOf).toBeUndefined();
  });
});
