import { describe, expect, it } from 'vitest';
import { formatMessage, localisePage, type MessageKey, plural, type Translate } from '../../lib/i18n';
import english from '../../public/_locales/en/messages.json';
import { englishT } from '../helpers/i18n';

type Entry = { message: string; placeholders?: Record<string, { content: string }> };

/** A translator over a messages file given as data, the way a translation would ship. */
const translatorOf =
  (messages: Record<string, Entry>): Translate =>
  (key, ...subs) =>
    formatMessage(messages[key], subs) || key;

describe('counts in the forms of each language', () => {
  it('says "1 name", "2 names" and "Mentioned once" in English', () => {
    expect(plural(englishT, 'listCount', 1)).toBe('1 name');
    expect(plural(englishT, 'listCount', 0)).toBe('0 names');
    expect(plural(englishT, 'listCount', 21)).toBe('21 names');
    expect(plural(englishT, 'cardMentioned', 1)).toBe('Mentioned once in this article');
    expect(plural(englishT, 'cardMentioned', 4)).toBe('Mentioned 4 times in this article');
    expect(plural(englishT, 'glossImported', 3, 'list.csv')).toBe('Imported 3 entries from list.csv.');
  });

  it('takes a language with more forms from its messages alone, and falls back to "other" for a missing form', () => {
    const count = { count: { content: '$1' } };
    const russian = translatorOf({
      pluralLocale: { message: 'ru' },
      listCount_one: { message: '$COUNT$ имя', placeholders: count },
      listCount_few: { message: '$COUNT$ имени', placeholders: count },
      listCount_many: { message: '$COUNT$ имён', placeholders: count },
      listCount_other: { message: '$COUNT$ имени', placeholders: count },
      sitesCount_other: { message: 'сайтов: $COUNT$', placeholders: count },
    });
    expect([1, 2, 5, 21, 22, 25].map((n) => plural(russian, 'listCount', n))).toEqual([
      '1 имя',
      '2 имени',
      '5 имён',
      '21 имя',
      '22 имени',
      '25 имён',
    ]);
    expect(plural(russian, 'sitesCount', 1)).toBe('сайтов: 1');
  });

  it('counts by English rules when a translation names no valid language', () => {
    const broken = translatorOf({ pluralLocale: { message: 'not a language!' }, listCount_one: { message: 'one' } });
    expect(plural(broken, 'listCount', 1)).toBe('one');
  });

  it('has an "other" form for every count message that has any form', () => {
    const keys = Object.keys(english) as MessageKey[];
    const bases = new Set(
      keys.filter((k) => /_(zero|one|two|few|many)$/.test(k)).map((k) => k.replace(/_[a-z]+$/, '')),
    );
    expect(bases.size).toBeGreaterThan(5);
    for (const base of bases) expect(keys, base).toContain(`${base}_other`);
  });

  it("lays a page out in the reader's language and direction, and titles it", () => {
    const doc = { documentElement: { dir: '', lang: '' }, title: '' } as unknown as Document;
    const messages: Record<string, string> = { '@@bidi_dir': 'rtl', '@@ui_locale': 'ar_EG', optionsTitle: 'خيارات' };
    const t = localisePage(doc, (name) => messages[name] ?? '', 'optionsTitle');
    expect([doc.documentElement.dir, doc.documentElement.lang, doc.title]).toEqual(['rtl', 'ar-EG', 'خيارات']);
    expect(t('optionsTitle')).toBe('خيارات');
    const bare = { documentElement: { dir: '', lang: '' }, title: 'kept' } as unknown as Document;
    localisePage(bare, () => '');
    expect([bare.documentElement.dir, bare.documentElement.lang, bare.title]).toEqual(['ltr', 'en', 'kept']);
  });
});
