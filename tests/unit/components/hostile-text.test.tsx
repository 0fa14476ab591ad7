/**
 * Every view renders what it is given as text. Each component is rendered twice, from plain data and from hostile
 * data of the same shape: the hostile render must add no element and no attribute that loads or runs anything, and
 * must show every hostile string literally.
 */

import type { ComponentChild } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Card } from '../../../components/card/Card';
import { CardFrame } from '../../../components/card/CardFrame';
import { GlossaryManager, type GlossaryManagerProps } from '../../../components/options/GlossaryManager';
import { Popup } from '../../../components/popup/Popup';
import type { CardModel, EntitySummary } from '../../../lib/model';
import { ACTIVE_ATTRIBUTE, HOSTILE } from '../../helpers/hostile-strings';
import { renderT } from '../../helpers/i18n';

/** A name of 100 kB: shown whole, as text, without breaking the view. */
const HUGE = 'Zhanaozen Boqaev '.repeat(6024);

const alert = vi.fn();
afterEach(() => alert.mockReset());

/** Tags of every element rendered, in order, and every attribute that could load or run something. */
function shape(view: ComponentChild) {
  vi.stubGlobal('alert', alert);
  const { container, unmount } = renderT(view);
  const elements = [...container.querySelectorAll('*')];
  const result = {
    tags: elements.map((el) => el.localName),
    active: elements.flatMap((el) =>
      [...el.attributes].filter((a) => ACTIVE_ATTRIBUTE.test(a.name)).map((a) => a.name),
    ),
    text: container.textContent ?? '',
  };
  unmount();
  vi.unstubAllGlobals();
  return result;
}

function expectInert(plain: ComponentChild, hostile: ComponentChild, strings: readonly string[]) {
  const before = shape(plain);
  const after = shape(hostile);
  expect(after.tags).toEqual(before.tags);
  expect(after.active).toEqual([]);
  for (const s of strings) expect(after.text).toContain(s);
  expect(alert).not.toHaveBeenCalled();
}

const [img = '', script = '', js = '', data = '', attr = '', svg = '', escaped = ''] = HOSTILE;

describe('the card', () => {
  const plain: CardModel = {
    name: 'Atyrau',
    type: 'PLACE',
    description: 'City in western Kazakhstan.',
    sourceLabel: 'Backstory starter set',
    mentions: 4,
    forms: ['Atyrau', 'Atyrau city'],
    facts: [{ label: 'factCountry', value: 'Kazakhstan' }],
    role: 'the oil city',
    firstMention: 'A court in Atyrau ruled on Tuesday.',
    alsoWritten: ['ATYRAU'],
  };
  const hostile: CardModel = {
    ...plain,
    name: js,
    description: img,
    sourceLabel: `from your glossary ${script}`,
    // Fact labels are message keys, never data; the attribute-like string rides in a spelling instead.
    facts: [{ label: 'factCountry', value: data }],
    role: svg,
    firstMention: `Talgat Ayan painted ${img} on a wall.`,
    alsoWritten: [escaped, attr],
  };
  const anchor = new DOMRect(40, 40, 60, 20);
  const viewport = { width: 1280, height: 900 };

  it('shows markup, javascript: and data: addresses in every field as text', () => {
    expectInert(<Card model={plain} />, <Card model={hostile} />, HOSTILE);
  });

  it('shows a 100 kB name whole, as text, in its frame', () => {
    const huge = { ...plain, name: HUGE, alsoWritten: [HUGE] };
    expectInert(
      <CardFrame model={plain} anchor={anchor} viewport={viewport} />,
      <CardFrame model={huge} anchor={anchor} viewport={viewport} />,
      [HUGE],
    );
  });
});

describe('the popup rows', () => {
  const row = (name: string, description?: string): EntitySummary => ({
    id: `PERSON:${name}`,
    name,
    type: 'PERSON',
    mentions: 2,
    ...(description === undefined ? {} : { description }),
  });
  const popup = (site: string, entities: EntitySummary[]) => (
    <Popup
      model={{ kind: 'ready', page: { site, enabled: true, status: 'article', entities } }}
      onToggleSite={vi.fn()}
      onReveal={vi.fn()}
      onOpenOptions={vi.fn()}
      paused={false}
      onTogglePause={vi.fn()}
    />
  );
  const plainRows = HOSTILE.map((_, i) => row(`Person ${i}`, `Description ${i}`));

  it('show hostile names and descriptions as text', () => {
    const hostileRows = HOSTILE.map((s, i) => row(s, HOSTILE[HOSTILE.length - 1 - i]));
    expectInert(popup('news.example', plainRows), popup(`${img}.example`, hostileRows), HOSTILE);
  });

  it('show a 100 kB name as text', () => {
    expectInert(popup('news.example', [row('Maks Boqaev')]), popup('news.example', [row(HUGE)]), [HUGE]);
  });
});

describe('the options list of glossaries', () => {
  const props = (name: string, text: string, confirming: boolean): GlossaryManagerProps => ({
    glossaries: [{ id: 'g1', name, entries: 2, importedAt: 0 }],
    pending: {
      fileName: `${name}.csv`,
      valid: 1,
      errors: [{ line: 3, message: { key: 'glossErrBadJson', subs: [text] } }],
    },
    message: { kind: 'error', text },
    confirmingDelete: confirming ? 'g1' : null,
    onFile: vi.fn(),
    onConfirmImport: vi.fn(),
    onCancelImport: vi.fn(),
    onExport: vi.fn(),
    onAskDelete: vi.fn(),
    onDelete: vi.fn(),
  });

  it.each([false, true])('shows hostile glossary names, file names and messages as text (confirming: %s)', (c) => {
    for (const s of HOSTILE) {
      expectInert(
        <GlossaryManager {...props('Kazakh activists', 'a plain problem', c)} />,
        <GlossaryManager {...props(s, s, c)} />,
        [s],
      );
    }
  });

  it('shows a fatal error about a hostile file as text', () => {
    const fatal = (fileName: string) => ({
      ...props('x', 'y', false),
      pending: { fileName, valid: 0, errors: [], fatal: { key: 'glossErrBadJson' as const, subs: [fileName] } },
    });
    expectInert(<GlossaryManager {...fatal('a.csv')} />, <GlossaryManager {...fatal(`${svg}.csv`)} />, [svg]);
  });
});
