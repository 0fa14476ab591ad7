/** The lookup messages and the online settings, checked where they are read. */
import { describe, expect, it } from 'vitest';
import { parseLookupMessage } from '../../../lib/protocol/lookup';
import { MAX_LOOKUP_CONTEXT } from '../../../lib/protocol/messages';
import {
  ONLINE_LOOKUPS,
  parseWikiChoices,
  WIKI_CHOICES,
  WIKI_LANGUAGE,
  wikiLanguage,
  withWikiChoice,
} from '../../../lib/settings/online';
import { parseSetting } from '../../../lib/settings/settings';

const ok = (type: string, data: unknown) => parseLookupMessage({ type, data }).ok;

describe('the lookup messages', () => {
  it('take a name, a type and a short context', () => {
    expect(ok('lookup/name', { name: 'Maks Boqaev', type: 'PERSON', context: 'in Atyrau' })).toBe(true);
    expect(ok('lookup/name', { name: 'Maks Boqaev', type: 'NAME', context: '' })).toBe(true);
    expect(ok('lookup/name', { name: 'Maks Boqaev', type: 'ALIEN', context: '' })).toBe(false);
    expect(ok('lookup/name', { name: '  ', type: 'PERSON', context: '' })).toBe(false);
    expect(ok('lookup/name', { name: 'x'.repeat(101), type: 'PERSON', context: '' })).toBe(false);
    expect(ok('lookup/name', { name: 'A', type: 'PERSON', context: 'x'.repeat(MAX_LOOKUP_CONTEXT + 1) })).toBe(false);
    expect(ok('lookup/name', { name: 'A', type: 'PERSON', context: '', url: 'https://news.example/' })).toBe(false);
    expect(parseLookupMessage({ type: 'lookup/name', data: { name: 'A', type: 'PERSON', context: '' }, x: 1 }).ok).toBe(
      false,
    );
  });

  it('take an item id, none or null as a choice', () => {
    for (const choice of ['Q30947353', 'none', null]) expect(ok('lookup/choose', { name: 'A', choice })).toBe(true);
    for (const choice of ['Q0', 'q1', 'https://evil.example/', 'None', 7, undefined])
      expect(ok('lookup/choose', { name: 'A', choice })).toBe(false);
    expect(ok('lookup/choose', { name: 'A', choice: 'none', site: 'other.example' })).toBe(false);
  });

  it('open only a language and a title, never an address', () => {
    expect(ok('lookup/open', { lang: 'en', title: 'Max Bokayev' })).toBe(true);
    expect(ok('lookup/open', { lang: 'evil.example/', title: 'Max' })).toBe(false);
    expect(ok('lookup/open', { lang: 'en', title: '' })).toBe(false);
    expect(ok('lookup/open', { lang: 'en', title: 'Max', url: 'https://evil.example/' })).toBe(false);
    expect(ok('lookup/unknown', {})).toBe(false);
  });
});

describe('the online settings', () => {
  it('are off, following the browser language, with no choices, until set', () => {
    expect(parseSetting(ONLINE_LOOKUPS, undefined)).toBe(false);
    expect(parseSetting(ONLINE_LOOKUPS, 'yes')).toBe(false);
    expect(parseSetting(ONLINE_LOOKUPS, true)).toBe(true);
    expect(ONLINE_LOOKUPS.key.startsWith('sync:')).toBe(true);
    expect(WIKI_CHOICES.key.startsWith('local:')).toBe(true);
    expect(parseSetting(WIKI_LANGUAGE, 'kk')).toBe('kk');
    expect(parseSetting(WIKI_LANGUAGE, 'evil.example')).toBe('');
    expect(parseSetting(WIKI_CHOICES, [])).toEqual({});
  });

  it('follow the browser language when it has a Wikipedia here, else English', () => {
    expect(wikiLanguage('', 'de-AT')).toBe('de');
    expect(wikiLanguage('', 'pt_BR')).toBe('pt');
    expect(wikiLanguage('', 'xx')).toBe('en');
    expect(wikiLanguage('kk', 'de')).toBe('kk');
  });

  it('keep only item ids and none per site and name', () => {
    const raw = { 'news.example': { 'maks boqaev': 'Q30947353', bad: 'http://x', also: 'none' }, '': { a: 'none' } };
    expect(parseWikiChoices(raw)).toEqual({ 'news.example': { 'maks boqaev': 'Q30947353', also: 'none' } });
    const one = withWikiChoice({}, 'news.example', 'maks boqaev', 'none');
    expect(one).toEqual({ 'news.example': { 'maks boqaev': 'none' } });
    expect(withWikiChoice(one, 'news.example', 'maks boqaev', null)).toEqual({});
  });
});
