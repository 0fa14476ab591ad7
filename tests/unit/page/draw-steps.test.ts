/** Drawing the highlights of a long article in steps: a giant page has tens of thousands of ranges to draw. */
import { describe, expect, it, vi } from 'vitest';
import type { Candidate } from '../../../lib/detect/find-names';
import { HighlightLook } from '../../../lib/page/highlight-look';
import { MentionLedger } from '../../../lib/page/mention-ledger';
import { PageView } from '../../../lib/page/page-view';
import { boundScheduler } from '../../../lib/page/scheduler';
import { noSlicing } from '../../../lib/page/slicer';
import { runSteps, type Steps } from '../../../lib/steps';
import { collectText } from '../../../lib/text/collect-text';
import { entitiesByForm } from '../../helpers/entities-by-form';
import { highlightWindow } from '../../helpers/highlight-window';

const PARAGRAPHS = 600;

/** An article of 600 paragraphs, each naming Lisbon and Porto, read into a ledger: 1,200 mentions. */
async function longLedger(): Promise<MentionLedger> {
  const article = document.createElement('article');
  for (let i = 0; i < PARAGRAPHS; i++) {
    const p = document.createElement('p');
    p.textContent = `Trains ran late between Lisbon and Porto on day ${i}.`;
    article.append(p);
  }
  document.body.replaceChildren(article);
  const index = collectText(article);
  const candidates: Candidate[] = [];
  for (const match of index.text.matchAll(/Lisbon|Porto/g)) {
    const start = match.index;
    candidates.push({ start, end: start + match[0].length, form: match[0], cue: null, sentenceInitial: false });
  }
  const ledger = new MentionLedger(document);
  runSteps(ledger.add(index, candidates));
  await ledger.resolve({ resolve: async (mentions) => entitiesByForm(mentions) }, noSlicing);
  return ledger;
}

function view() {
  const { win, highlights } = highlightWindow<Range>();
  const page = new PageView({
    doc: document,
    win,
    card: { show: vi.fn(), hide: vi.fn(), owns: () => false },
    scheduler: boundScheduler(window, { isValid: true }),
    look: new HighlightLook(),
  });
  const drawn = () => (highlights.get('backstory-name')?.ranges ?? []).map((r) => r.toString());
  return { page, highlights, drawn };
}

/** Runs the steps to their end, counting the pauses, and checking `between` at each. */
function pausesOf<T>(steps: Steps<T>, between: () => void = () => undefined): number {
  let pauses = 0;
  for (let next = steps.next(); !next.done; next = steps.next()) {
    between();
    pauses++;
  }
  return pauses;
}

describe('drawing in steps', () => {
  it('adds the ranges to the highlights a batch a step, registering them whole after the last', () => {
    const { win, highlights } = highlightWindow<string>();
    const look = new HighlightLook();
    const ranges = Array.from({ length: 1000 }, (_, i) => ({
      entity: { type: i % 2 ? 'PLACE' : 'PERSON' },
      range: `r${i}`,
    }));
    const steps = look.paint(win, ranges as never, []);
    // 256 ranges a step: three pauses for 1,000.
    expect(pausesOf(steps, () => expect(highlights.size).toBe(0))).toBe(3);
    expect(highlights.size).toBe(0);
  });

  it('registers the highlights only when the paint steps are done, every range in order', () => {
    const { win, highlights } = highlightWindow<string>();
    const look = new HighlightLook();
    const ranges = Array.from({ length: 1000 }, (_, i) => ({ entity: { type: 'PLACE' }, range: `r${i}` }));
    runSteps(look.paint(win, ranges as never, []))();
    expect(highlights.get('backstory-place')?.ranges).toEqual(ranges.map((r) => r.range));
  });

  it('shows a long article in many steps, drawing nothing until every mention is in place, in reading order', async () => {
    const ledger = await longLedger();
    const { page, highlights, drawn } = view();
    const pauses = pausesOf(page.show(ledger), () => expect(highlights.size).toBe(0));
    // The ledger's live mentions (an entity a step here), the hit-test index and the paint (256 ranges a step each).
    expect(pauses).toBe(2 + 2 * Math.floor(1200 / 256));
    expect(drawn()).toEqual([...Array(PARAGRAPHS).fill('Lisbon'), ...Array(PARAGRAPHS).fill('Porto')]);
    expect(page.summaries().map((s) => [s.name, s.mentions])).toEqual([
      ['Lisbon', PARAGRAPHS],
      ['Porto', PARAGRAPHS],
    ]);
  });

  it('leaves a name the reader hid while a draw was under way hidden: the later draw stands', async () => {
    const ledger = await longLedger();
    const { page, drawn } = view();
    const steps = page.show(ledger);
    for (let i = 0; i < 5; i++) steps.next();
    page.setHidden(['Porto']);
    expect(drawn()).toEqual(Array(PARAGRAPHS).fill('Lisbon'));
    runSteps(steps);
    expect(drawn()).toEqual(Array(PARAGRAPHS).fill('Lisbon'));
  });
});
