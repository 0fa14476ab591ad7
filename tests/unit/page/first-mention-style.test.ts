import { describe, expect, it } from 'vitest';
import type { ArticleEntity } from '../../../lib/entities/group-mentions';
import type { MentionRange } from '../../../lib/highlight/mention-range';
import type { HighlightType } from '../../../lib/model';
import { HighlightLook } from '../../../lib/page/highlight-look';
import { runSteps } from '../../../lib/steps';
import { highlightWindow } from '../../helpers/highlight-window';

const entity = (id: string, type: HighlightType) => ({ id, type, name: id }) as unknown as ArticleEntity;

/** A range over the nth occurrence of a word in the body. */
function rangeOf(word: string, nth: number): Range {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let seen = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (let at = node.textContent?.indexOf(word) ?? -1; at >= 0; at = node.textContent?.indexOf(word, at + 1) ?? -1) {
      if (seen++ !== nth) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + word.length);
      return range;
    }
  }
  throw new Error(`no ${word} #${nth}`);
}

const texts = (highlights: Map<string, { ranges: Range[] }>) =>
  Object.fromEntries([...highlights].map(([name, h]) => [name, h.ranges.map((r) => r.toString())]));

describe('the first-mention style', () => {
  // A live blog: its newest post (read last, so last in the ledger) stands above the older ones.
  const page = () => {
    const article = document.createElement('article');
    for (const text of ['New: Tokayev met Putin in Astana.', 'Earlier, Tokayev spoke. Tokayev left Astana.']) {
      const p = document.createElement('p');
      p.textContent = text;
      article.append(p);
    }
    document.body.replaceChildren(article);
    const tokayev = entity('PERSON:tokayev', 'PERSON');
    const astana = entity('PLACE:astana', 'PLACE');
    const putin = entity('PERSON:putin', 'PERSON');
    // Grouped by entity, in the order the ledger read them: the older post first.
    const ranges: MentionRange[] = [
      { entity: tokayev, range: rangeOf('Tokayev', 1) },
      { entity: tokayev, range: rangeOf('Tokayev', 2) },
      { entity: tokayev, range: rangeOf('Tokayev', 0) },
      { entity: astana, range: rangeOf('Astana', 1) },
      { entity: astana, range: rangeOf('Astana', 0) },
      { entity: putin, range: rangeOf('Putin', 0) },
    ];
    return { ranges, tokayev };
  };

  it('paints only each name’s first mention in the page, under the underline names', () => {
    const { win, highlights } = highlightWindow<Range>();
    const { ranges } = page();
    const look = new HighlightLook();
    look.update({ style: 'first-mention' });
    runSteps(look.paint(win, look.visible(ranges), []))();
    expect([...highlights.keys()].sort()).toEqual(['backstory-person', 'backstory-place']);
    const person = highlights.get('backstory-person')?.ranges ?? [];
    expect(person.map((r) => r.toString()).sort()).toEqual(['Putin', 'Tokayev']);
    // The Tokayev painted is the one in the newest post, at the top: the page's first, not the ledger's.
    expect(person.find((r) => r.toString() === 'Tokayev')).toBe(ranges[2]?.range);
    expect(highlights.get('backstory-place')?.ranges).toEqual([ranges[4]?.range]);
  });

  it('paints every mention again when the reader goes back to underlining all, and leaves hidden types out', () => {
    const { win, highlights } = highlightWindow<Range>();
    const { ranges } = page();
    const look = new HighlightLook();
    look.update({ style: 'first-mention', types: { PERSON: true, PLACE: false, ORG: true, TERM: true, NAME: true } });
    runSteps(look.paint(win, look.visible(ranges), []))();
    expect(texts(highlights)).toEqual({ 'backstory-person': ['Tokayev', 'Putin'] });
    look.update({ style: 'underline', types: { PERSON: true, PLACE: true, ORG: true, TERM: true, NAME: true } });
    runSteps(look.paint(win, look.visible(ranges), []))();
    expect(highlights.get('backstory-person')?.ranges).toHaveLength(4);
    expect(highlights.get('backstory-place')?.ranges).toHaveLength(2);
  });

  it('keeps every mention for the hit test: only the painting changes', () => {
    const { ranges } = page();
    const look = new HighlightLook();
    look.update({ style: 'first-mention' });
    expect(look.visible(ranges)).toEqual(ranges);
  });

  it('moves the underline to the next mention when the first one leaves the page', () => {
    const { win, highlights } = highlightWindow<Range>();
    const { ranges } = page();
    const look = new HighlightLook();
    look.update({ style: 'first-mention' });
    const withoutNewest = ranges.filter((r) =>
      r.range.startContainer.parentElement?.textContent?.startsWith('Earlier'),
    );
    runSteps(look.paint(win, look.visible(withoutNewest), []))();
    expect(highlights.get('backstory-person')?.ranges).toEqual([ranges[0]?.range]);
  });
});
