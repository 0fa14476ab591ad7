import { render } from '@testing-library/preact';
import type { ComponentChild } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { Card } from '../../../components/card/Card';
import { I18n } from '../../../components/i18n';
import { LookupsPage } from '../../../components/lookups/LookupsPage';
import { OptionsPage } from '../../../components/options/OptionsPage';
import { Popup } from '../../../components/popup/Popup';
import type { Translate } from '../../../lib/i18n';
import type { CardModel } from '../../../lib/model';
import type { OnlineView } from '../../../lib/online/view';
import english from '../../../public/_locales/en/messages.json';
import { onlineModel } from '../../helpers/online-model';
import { optionsProps } from './options/fixtures';

/** A translator that marks every string it gives, so text that came from anywhere else stands out. */
const marking: Translate = (key, ...subs) => `⟦${key}${subs.map((s) => `|${s}`).join('')}⟧`;

/** Takes out every marked string, innermost first: a substitution may be a marked string itself. */
function unmark(text: string): string {
  let rest = text;
  for (let before = ''; before !== rest; ) [before, rest] = [rest, rest.replace(/⟦[^⟦⟧]*⟧/g, '')];
  return rest;
}

/** The text of every node and label not given by the translator, data left out. */
function untranslated(ui: ComponentChild, data: string[]): string[] {
  const { container } = render(<I18n.Provider value={marking}>{ui}</I18n.Provider>);
  const texts: string[] = [];
  const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push(n.textContent ?? '');
  for (const el of container.querySelectorAll('*'))
    for (const attr of ['aria-label', 'placeholder', 'title']) texts.push(el.getAttribute(attr) ?? '');
  return texts
    .map(unmark)
    .map((t) => data.reduce((rest, d) => rest.split(d).join(''), t))
    .map((t) => t.replace(/[\s\d.,:;?!…()“”]+/g, ''))
    .filter(Boolean);
}

describe('every string a reader sees', () => {
  it('comes from messages.json on the options page', () => {
    const props = optionsProps({
      saveError: 'Err',
      data: { cache: { kind: 'stored', entries: 3 }, onClearCache: vi.fn() },
    });
    props.glossaries.pending = {
      fileName: 'f.csv',
      valid: 2,
      errors: [{ line: 2, message: { key: 'glossRowType', subs: [] } }],
    };
    props.glossaries.message = { kind: 'done', text: '⟦glossImported_other⟧' };
    const data = ['news.example', 'blog.example.org', 'astana.times', 'Kazakh activists', 'Oil', 'Err'];
    expect(untranslated(<OptionsPage {...props} />, data)).toEqual([]);
  });

  it('comes from messages.json in the popup, on every kind of page', () => {
    const page = { site: 'news.example', enabled: true, status: 'article' as const, entities: [] };
    const handlers = { onTogglePause: vi.fn(), onToggleSite: vi.fn(), onReveal: vi.fn(), onOpenOptions: vi.fn() };
    const entity = { id: 'PLACE:atyrau', name: 'Atyrau', type: 'PLACE' as const, mentions: 2, description: 'A city.' };
    for (const model of [
      { kind: 'loading' as const },
      { kind: 'unsupported' as const },
      { kind: 'ready' as const, page },
      { kind: 'ready' as const, page: { ...page, entities: [entity] } },
      { kind: 'ready' as const, page: { ...page, status: 'no-article' as const } },
    ]) {
      for (const paused of [false, true]) {
        const ui = <Popup model={model} paused={paused} saveError="Err" {...handlers} />;
        expect(untranslated(ui, ['news.example', 'Atyrau', 'A city.', 'Err'])).toEqual([]);
      }
    }
  });

  it('comes from messages.json on a card, in every state of its Wikipedia part', () => {
    const model: CardModel = {
      name: 'Maks Boqaev',
      type: 'PERSON',
      mentions: 7,
      forms: ['Boqaev'],
      facts: [{ label: 'factCountry', value: 'Kazakhstan' }],
      alsoWritten: ['Max Bokayev'],
      role: 'land activist',
      firstMention: 'Maks Boqaev was freed.',
      source: 'pack',
      sourceLabel: 'WordNet 3.1',
    };
    const candidates = [{ qid: 'Q1', label: 'Max Bokayev', description: 'activist', title: 'Max Bokayev' }];
    const views: OnlineView[] = [
      { status: 'off' },
      { status: 'looking' },
      { status: 'denied' },
      { status: 'not-found' },
      { status: 'none' },
      { status: 'failed', message: 'Err' },
      { status: 'ambiguous', lang: 'en', candidates },
      {
        ...{ status: 'found', confidence: 'low', qid: 'Q1', lang: 'en', title: 'Max Bokayev' },
        ...{ description: 'activist', extract: 'An activist.', others: candidates, stale: true },
      },
    ];
    const data = ['Maks Boqaev', 'Boqaev', 'Max Bokayev', 'Kazakhstan', 'land activist', 'was freed', 'WordNet'];
    for (const view of views) {
      for (const bare of [true, false]) {
        const online = { view, openArticle: vi.fn(), choose: vi.fn(), lookUp: vi.fn(), offerAll: vi.fn() };
        const hiding = { hidden: bare, hide: vi.fn(), undo: vi.fn() };
        const navigation = { position: 2, count: 7, previous: vi.fn(), next: vi.fn() };
        const card = bare ? { ...model, description: undefined } : model;
        const ui = (
          <Card
            model={card}
            online={online}
            hiding={hiding}
            navigation={navigation}
            onClose={vi.fn()}
            onLicences={vi.fn()}
          />
        );
        expect(untranslated(ui, ['An activist', ...data, 'activist'])).toEqual([]);
      }
    }
  });

  it('comes from messages.json on the lookups page', () => {
    for (const name of ['Maks Boqaev', null])
      for (const on of [false, true]) {
        const ui = <LookupsPage name={name} online={onlineModel(on, true)} onAllow={vi.fn()} onClose={vi.fn()} />;
        expect(untranslated(ui, ['Maks Boqaev'])).toEqual([]);
      }
  });

  it('has a description for translators, and placeholders for every substitution', () => {
    for (const [key, entry] of Object.entries(english) as [
      string,
      { message: string; description?: string; placeholders?: object },
    ][]) {
      expect(entry.description, key).toBeTruthy();
      const named = [...entry.message.matchAll(/\$([A-Z_]+)\$/g)].map((m) => m[1]?.toLowerCase());
      expect(Object.keys(entry.placeholders ?? {}).sort(), key).toEqual([...new Set(named)].sort());
    }
  });
});
