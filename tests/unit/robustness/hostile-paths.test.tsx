/**
 * Hostile text through every path it can take to a view: a page's own text, a glossary file (CSV and JSON), and the
 * reference data, through detection, the real protocol and background handler, the models, and the card and popup.
 * Everything arrives as text; no link that is not http(s) survives an import.
 */

import { describe, expect, it, vi } from 'vitest';
import type { browser } from 'wxt/browser';
import { Card } from '../../../components/card/Card';
import { Popup } from '../../../components/popup/Popup';
import { backgroundClient } from '../../../entrypoints/content-script/background-client';
import { handleBackgroundMessage } from '../../../lib/background/handle-message';
import { referenceService } from '../../../lib/background/reference-service';
import { layerIndexes } from '../../../lib/glossary/glossary-index';
import type { Glossary } from '../../../lib/glossary/glossary-model';
import { parseGlossaryFile } from '../../../lib/glossary/parse-glossary';
import { toCardModel, toSummary } from '../../../lib/page/entity-models';
import { buildReferenceIndex } from '../../../lib/reference/reference-index';
import { sentences } from '../../../lib/text/sentence-at';
import { loadReference } from '../../../scripts/lib/load-reference';
import { ACTIVE_ATTRIBUTE } from '../../helpers/hostile-strings';
import { englishT, renderT } from '../../helpers/i18n';
import { scanPage } from '../../helpers/scan-page';

const IMG = '<img src=x onerror=alert(document.domain)>';
const SCRIPT = '<script>alert("glossary")</script>';
const FILE_NAME = `<svg onload=alert(1)>.csv`;
const PACK_LABEL = '<b onclick=alert(2)>pack</b>';
const encode = (text: string) => new TextEncoder().encode(text);
/** A rendered view's text, any element markup in the data could have made, and any attribute that could run. */
const seen = (container: Element) => {
  const all = [...container.querySelectorAll('*')];
  return {
    text: container.textContent ?? '',
    // The card's own type and close icons are SVG drawn by the component, whatever the data; they do not count.
    markup: all.filter(
      (el) =>
        /^(img|script|svg|a|b|iframe|object|embed)$/.test(el.localName) &&
        !el.matches('svg.card-icon, .card-close svg'),
    ),
    active: all.flatMap((el) => [...el.attributes].filter((a) => ACTIVE_ATTRIBUTE.test(a.name)).map((a) => a.name)),
  };
};

const CSV = [
  'name,type,description,aliases,link',
  `Talgat Ayan,PERSON,"${IMG} rights activist",,https://example.org/ayan`,
  `"${SCRIPT.replaceAll('"', '""')}",TERM,"<b>markup</b> as a name",,`,
  'Bad Link,PERSON,Has a script link,,javascript:alert(3)',
  'Data Link,PERSON,Has a data link,,"data:text/html,<script>alert(4)</script>"',
  'Mixed Case,PERSON,Has a script link,,JaVaScRiPt:alert(5)',
  'Padded,PERSON,Has a script link,," javascript:alert(6)"',
  'Two Lines,PERSON,Has a second line,,"https://example.org/\njavascript:alert(7)"',
  'Formula,PERSON,"=HYPERLINK(""javascript:alert(8)"")",,',
].join('\n');

const SENTENCE = 'Officials met in Astana on Tuesday, and the ministry said the talks would go on for a week.';
function hostilePage(): Document {
  const doc = new DOMParser().parseFromString(
    `<body><article><h1>Slogans on the walls of Atyrau</h1>${`<p>${SENTENCE}</p>`.repeat(6)}
      <p>Talgat Ayan, a land rights activist, painted &lt;img src=x onerror=alert(document.domain)&gt; on a wall.</p>
      <p>Maks Boqaev said the slogan &lt;script&gt;alert(1)&lt;/script&gt; and the address javascript:alert(1) were jokes.</p>
      <p id="long"></p></article></body>`,
    'text/html',
  );
  // A capitalised word of 100 kB: one "name" far longer than any mention may be.
  (doc.getElementById('long') as HTMLElement).textContent = `The board named Z${'a'.repeat(100 * 1024)} as its chair.`;
  return doc;
}

describe('a glossary file with hostile rows', () => {
  it('keeps markup as text and refuses every link that is not http(s), in CSV and in JSON', () => {
    const csv = parseGlossaryFile(encode(CSV), FILE_NAME);
    expect(csv.entries.map((e) => e.name)).toEqual(['Talgat Ayan', SCRIPT, 'Formula']);
    expect(csv.entries[0]).toMatchObject({ description: `${IMG} rights activist`, link: 'https://example.org/ayan' });
    expect(csv.entries[2]?.description).toBe('=HYPERLINK("javascript:alert(8)")');
    expect(csv.errors.map((e) => [e.line, englishT(e.message.key, ...e.message.subs)])).toEqual(
      [4, 5, 6, 7, 8].map((line) => [line, 'the link must start with http:// or https://']),
    );

    const rows = [
      { name: IMG, type: 'PERSON', description: SCRIPT, link: 'javascript:alert(9)' },
      { name: 'Ok', type: 'PLACE', description: IMG, link: 'data:,x' },
      { name: 'Vb', type: 'PLACE', description: 'x', link: 'vbscript:msgbox(1)' },
      { name: IMG, type: 'PERSON', description: SCRIPT },
    ];
    const json = parseGlossaryFile(encode(JSON.stringify(rows)), 'hostile.json');
    expect(json.errors).toHaveLength(3);
    expect(json.entries).toEqual([{ name: IMG, type: 'PERSON', description: SCRIPT, aliases: [] }]);
    for (const entry of [...csv.entries, ...json.entries]) expect(entry.link ?? 'https://').toMatch(/^https?:\/\//);
  });
});

describe('hostile page text, glossary and reference data', () => {
  it('reach the card and the popup as text, and a 100 kB run costs the page none of its names', async () => {
    const entries = parseGlossaryFile(encode(CSV), FILE_NAME).entries;
    const glossary: Glossary = { id: 'g1', name: FILE_NAME.replace(/\.csv$/, ''), importedAt: 0, entries };
    const hostileAstana = { name: 'Astana', type: 'PLACE' as const, description: `${SCRIPT} Capital of Kazakhstan.` };
    const pack = layerIndexes(buildReferenceIndex([hostileAstana], 'pack', PACK_LABEL), loadReference());
    const reference = await referenceService({
      loadPack: async () => pack,
      readGlossaries: async () => [glossary],
      watchGlossaries: () => undefined,
    })();
    const ID = 'backstory-test';
    const background = backgroundClient({
      runtime: {
        sendMessage: async (message: unknown) =>
          handleBackgroundMessage(structuredClone(message), { id: ID }, { extensionId: ID, reference }),
      },
    } as unknown as typeof browser);

    const scan = await scanPage(hostilePage(), background);
    const byName = new Map(scan.entities.map((e) => [e.name, e]));
    expect([...byName.keys()]).toEqual(expect.arrayContaining(['Talgat Ayan', 'Maks Boqaev', 'Astana']));
    for (const name of byName.keys()) expect(name.length).toBeLessThanOrEqual(200);

    const sentenceOf = sentences(scan.index.text);
    const alert = vi.fn();
    vi.stubGlobal('alert', alert);
    const [ayan, boqaev, astana] = ['Talgat Ayan', 'Maks Boqaev', 'Astana'].map((name) => {
      const entity = byName.get(name);
      if (!entity) throw new Error(`no ${name}`);
      return seen(renderT(<Card model={toCardModel(entity, sentenceOf)} />).container);
    });
    const page = {
      site: 'news.example',
      enabled: true,
      status: 'article' as const,
      entities: scan.entities.map(toSummary),
    };
    const popup = seen(
      renderT(
        <Popup
          model={{ kind: 'ready', page }}
          onToggleSite={vi.fn()}
          onReveal={vi.fn()}
          onOpenOptions={vi.fn()}
          paused={false}
          onTogglePause={vi.fn()}
        />,
      ).container,
    );
    vi.unstubAllGlobals();

    expect(ayan?.text).toContain(`${IMG} rights activist`);
    expect(ayan?.text).toContain(`Source: from your glossary <svg onload=alert(1)>`);
    expect(ayan?.text).toContain(`painted ${IMG} on a wall.`);
    expect(boqaev?.text).toContain('slogan <script>alert(1)</script> and the address javascript:alert(1) were jokes');
    expect(astana?.text).toContain(`${SCRIPT} Capital of Kazakhstan.`);
    expect(astana?.text).toContain(`Source: ${PACK_LABEL}`);
    expect(popup.text).toContain(`${IMG} rights activist`);
    expect(popup.text).toContain(`${SCRIPT} Capital of Kazakhstan.`);
    for (const view of [ayan, boqaev, astana, popup]) expect(view).toMatchObject({ markup: [], active: [] });
    expect(alert).not.toHaveBeenCalled();
  });
});
