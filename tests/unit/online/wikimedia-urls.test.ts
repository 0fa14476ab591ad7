/** Addresses are built only here, from checked parts, and only ever point at the two Wikimedia hosts. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkedName,
  extractsUrl,
  getEntitiesUrl,
  isAllowedRequest,
  MAX_NAME_LENGTH,
  pageUrl,
  searchEntitiesUrl,
  summaryUrl,
} from '../../../lib/online/wikimedia-urls';

describe('the Wikimedia URL builders', () => {
  it('searches Wikidata items by label and alias in one language, as JSON', () => {
    const url = searchEntitiesUrl('Max Bokayev', 'en');
    expect(url?.origin).toBe('https://www.wikidata.org');
    expect(Object.fromEntries(url?.searchParams ?? [])).toEqual({
      action: 'wbsearchentities',
      search: 'Max Bokayev',
      language: 'en',
      uselang: 'en',
      type: 'item',
      limit: '7',
      format: 'json',
      maxlag: '5',
    });
  });

  it('gets at most 50 items at once, with only the parts the choice needs', () => {
    const url = getEntitiesUrl(['Q8015', 'Q240541'], 'kk');
    expect(url?.searchParams.get('ids')).toBe('Q8015|Q240541');
    expect(url?.searchParams.get('props')).toBe('labels|descriptions|claims|sitelinks');
    expect(url?.searchParams.get('sitefilter')).toBe('kkwiki');
    expect(
      getEntitiesUrl(
        Array.from({ length: 51 }, (_, i) => `Q${i + 1}`),
        'en',
      ),
    ).toBeUndefined();
    expect(getEntitiesUrl(['Q1|Q2'], 'en')).toBeUndefined();
    expect(getEntitiesUrl([], 'en')).toBeUndefined();
  });

  it('puts titles in paths with underscores and every reserved character encoded', () => {
    expect(summaryUrl('Kassym-Jomart Tokayev', 'en')?.href).toBe(
      'https://en.wikipedia.org/api/rest_v1/page/summary/Kassym-Jomart_Tokayev',
    );
    expect(summaryUrl('AC/DC', 'en')?.pathname).toBe('/api/rest_v1/page/summary/AC%2FDC');
    expect(summaryUrl('../../w/api.php?action=edit', 'en')?.hostname).toBe('en.wikipedia.org');
    expect(pageUrl('Max Bokayev', 'en')).toBe('https://en.wikipedia.org/wiki/Max_Bokayev');
    expect(extractsUrl('Nursultan Nazarbayev', 'en')?.searchParams.get('prop')).toBe('extracts|description|pageprops');
    // Cards show text only: no image is asked for.
    expect(extractsUrl('Nursultan Nazarbayev', 'en')?.searchParams.has('piprop')).toBe(false);
  });

  it('refuses names that are not names and languages that are not Wikipedia languages', () => {
    expect(checkedName('  Maks   Boqaev ')).toBe('Maks Boqaev');
    expect(checkedName('x'.repeat(MAX_NAME_LENGTH + 1))).toBeUndefined();
    expect(checkedName('Max\u0000Bokayev')).toBeUndefined();
    expect(checkedName('Max\u202EBokayev')).toBeUndefined();
    expect(checkedName('12345')).toBeUndefined();
    expect(searchEntitiesUrl('Max', 'en.evil.com')).toBeUndefined();
    expect(summaryUrl('Max', 'evil.com/')).toBeUndefined();
    expect(summaryUrl('A|B', 'en')).toBeUndefined();
    expect(summaryUrl('%2F', 'en')).toBeUndefined();
  });

  it('allows requests only to the two APIs over https', () => {
    expect(isAllowedRequest(new URL('https://www.wikidata.org/w/api.php?action=x'))).toBe(true);
    expect(isAllowedRequest(new URL('https://kk.wikipedia.org/api/rest_v1/page/summary/X'))).toBe(true);
    expect(isAllowedRequest(new URL('http://en.wikipedia.org/w/api.php'))).toBe(false);
    expect(isAllowedRequest(new URL('https://en.wikipedia.org.evil.com/w/api.php'))).toBe(false);
    expect(isAllowedRequest(new URL('https://user@www.wikidata.org/w/api.php'))).toBe(false);
    expect(isAllowedRequest(new URL('https://www.wikidata.org/wiki/Q5'))).toBe(false);
  });

  it('never builds an address outside the two hosts, whatever the name, title or language', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 120 }), fc.string({ maxLength: 12 }), (value, lang) => {
        const urls = [
          searchEntitiesUrl(value, lang),
          summaryUrl(value, lang),
          extractsUrl(value, lang),
          getEntitiesUrl([value], lang),
        ];
        const page = pageUrl(value, lang);
        return (
          urls.every((url) => url === undefined || isAllowedRequest(url)) &&
          (page === undefined || /^https:\/\/[a-z-]+\.wikipedia\.org\/wiki\/[^/?#]+$/.test(page))
        );
      }),
      { numRuns: 2_000 },
    );
  });
});
