import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../../lib/detect/find-names';
import { MentionLedger } from '../../../lib/page/mention-ledger';
import { noSlicing } from '../../../lib/page/slicer';
import { runSteps } from '../../../lib/steps';
import { collectText, type TextIndex } from '../../../lib/text/collect-text';
import { entitiesByForm } from '../../helpers/entities-by-form';

/** The test window's own document: happy-dom's ranges misread nodes of a DOMParser document. */
function page(html: string): Document {
  const parsed = new DOMParser().parseFromString(`<body><article>${html}</article></body>`, 'text/html');
  document.body.replaceChildren(...[...parsed.body.childNodes].map((n) => document.importNode(n, true)));
  return document;
}

/** A candidate for each occurrence of each form in the text. */
function find(index: TextIndex, forms: string[]): Candidate[] {
  const out: Candidate[] = [];
  for (const form of forms) {
    for (let at = index.text.indexOf(form); at >= 0; at = index.text.indexOf(form, at + 1)) {
      out.push({ start: at, end: at + form.length, form, cue: null, sentenceInitial: false });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A background that makes one entity of each form. */
const background = {
  resolve: async (mentions: Candidate[]) => entitiesByForm(mentions),
};

const counts = (ledger: MentionLedger) =>
  Object.fromEntries(runSteps(ledger.live()).entities.map((e) => [e.name, e.mentions.length]));

/** Whether a string containing `text` can be reached from the ledger's own fields (the page's nodes aside). */
function holdsText(from: unknown, text: string, seen = new Set<unknown>()): boolean {
  if (typeof from === 'string') return from.includes(text);
  if (typeof from !== 'object' || from === null || seen.has(from)) return false;
  if (from instanceof Node || from instanceof Range) return false;
  seen.add(from);
  const inside = from instanceof Map ? [...from.keys(), ...from.values()] : Object.values(from);
  return inside.some((value) => holdsText(value, text, seen));
}

async function ledgerOf(doc: Document, forms: string[]): Promise<MentionLedger> {
  const ledger = new MentionLedger(doc);
  const index = collectText(doc.querySelector('article') as Element);
  runSteps(ledger.add(index, find(index, forms)));
  await ledger.resolve(background, noSlicing);
  return ledger;
}

describe('MentionLedger', () => {
  it('gives each mention a range over the page text', async () => {
    const doc = page('<p>Porto voted. <b>Lisbon</b> counted.</p>');
    const { ranges } = runSteps((await ledgerOf(doc, ['Porto', 'Lisbon'])).live());
    expect(ranges.map((r) => r.range.toString())).toEqual(['Porto', 'Lisbon']);
  });

  it('groups a name in a part added later with the same name read before', async () => {
    const doc = page('<p>Lisbon voted.</p>');
    const ledger = await ledgerOf(doc, ['Lisbon']);
    const post = doc.createElement('p');
    post.textContent = 'Later, Lisbon and Porto counted.';
    doc.querySelector('article')?.append(post);
    const index = collectText(post);
    runSteps(ledger.reread([post], [{ index, candidates: find(index, ['Lisbon', 'Porto']) }]));
    await ledger.resolve(background, noSlicing);
    expect(counts(ledger)).toEqual({ Lisbon: 2, Porto: 1 });
    expect(ledger.sentenceAt(ledger.candidates()[1]?.start ?? -1)).toBe('Later, Lisbon and Porto counted.');
  });

  it('lets go of the text of a part once the page has removed every mention read in it', async () => {
    const doc = page('<p>Lisbon voted.</p>');
    const ledger = await ledgerOf(doc, ['Lisbon']);
    const feed = doc.querySelector('article') as Element;
    for (const line of ['Porto counted first, in the early hours.', 'Espinho counted late.']) {
      const post = feed.appendChild(doc.createElement('p'));
      post.textContent = line;
      const index = collectText(post);
      runSteps(ledger.reread([post], [{ index, candidates: find(index, ['Porto', 'Espinho']) }]));
    }
    expect(holdsText(ledger, 'in the early hours')).toBe(true);
    feed.children[1]?.remove();
    expect(runSteps(ledger.prune())).toBe(true);
    expect(holdsText(ledger, 'in the early hours')).toBe(false);
    expect(holdsText(ledger, 'Espinho counted late.')).toBe(true);
    const [lisbon, espinho] = ledger.candidates();
    expect(ledger.sentenceAt(espinho?.start ?? -1)).toBe('Espinho counted late.');
    expect(ledger.sentenceAt(lisbon?.start ?? -1)).toBe('Lisbon voted.');
  });

  it('drops mentions whose text was removed or edited, and counts only those left', async () => {
    const doc = page('<p id="a">Porto voted.</p><p id="b">Porto and Espinho counted.</p>');
    const ledger = await ledgerOf(doc, ['Porto', 'Espinho']);
    doc.getElementById('a')?.remove();
    const text = doc.getElementById('b')?.firstChild as Text;
    text.replaceData(text.data.indexOf('Espinho') + 1, 1, 'x');
    expect(runSteps(ledger.prune())).toBe(true);
    expect(counts(ledger)).toEqual({ Porto: 1 });
    expect(runSteps(ledger.live()).ranges.map((r) => r.range.toString())).toEqual(['Porto']);
    expect(runSteps(ledger.prune())).toBe(false);
  });

  it('says whether a range still reads as it did, for the card', async () => {
    const doc = page('<p id="a">Espinho voted.</p>');
    const ledger = await ledgerOf(doc, ['Espinho']);
    const [first] = runSteps(ledger.live()).ranges;
    if (!first) throw new Error('no range');
    expect(ledger.isCurrent(first.range)).toBe(true);
    (doc.getElementById('a')?.firstChild as Text).data = 'Someone else voted.';
    expect(ledger.isCurrent(first.range)).toBe(false);
  });

  it('replaces the mentions of a part read again, without counting them twice', async () => {
    const doc = page('<p id="a">Porto voted.</p>');
    const ledger = await ledgerOf(doc, ['Porto']);
    const p = doc.getElementById('a') as Element;
    p.append(' Lisbon too.');
    const index = collectText(p);
    expect(runSteps(ledger.reread([p], [{ index, candidates: find(index, ['Porto', 'Lisbon']) }]))).toBe(true);
    await ledger.resolve(background, noSlicing);
    expect(counts(ledger)).toEqual({ Porto: 1, Lisbon: 1 });
  });

  it('skips a mention whose text changed between reading and adding', () => {
    const doc = page('<p id="a">Espinho voted.</p>');
    const ledger = new MentionLedger(doc);
    const index = collectText(doc.querySelector('article') as Element);
    (doc.getElementById('a')?.firstChild as Text).data = 'Ovar';
    expect(runSteps(ledger.add(index, find(index, ['Espinho'])))).toBe(0);
    expect(ledger.candidates()).toEqual([]);
  });
});
