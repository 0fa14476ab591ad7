/**
 * Background cards on real pages: for each labelled name, the card of every
 * page that mentions it, checked against the entry that is right for it.
 * A name the sources know counts as right when every page's card shows its
 * entry; a card that shows another entry is a wrong entity, the worst outcome.
 */
import { join } from 'node:path';
import type { ArticleEntity } from '../../../lib/entities/group-mentions';
import { countryOf } from '../../../lib/entities/story-country';
import { foldName } from '../../../lib/names/fold';
import type { ReferenceIndex } from '../../../lib/reference/reference-index';
import type { BackgroundLabels, ExpectedEntry } from './background-labels';
import { pageFolders } from './devset';
import { pageEntities } from './page-entities';

export type CardOutcome = 'right' | 'empty' | 'wrong' | 'not-found';

export interface NameOutcome {
  name: string;
  known: boolean;
  /** Page by page: what the card of that name showed. */
  pages: { page: string; outcome: CardOutcome; shown?: string }[];
}

export interface BackgroundResult {
  pagesRead: number;
  pagesUnreadable: string[];
  names: NameOutcome[];
}

export async function runBackgrounds(
  dir: string,
  labels: BackgroundLabels,
  reference: ReferenceIndex,
): Promise<BackgroundResult> {
  const byPage = new Map<string, ArticleEntity[]>();
  const unreadable: string[] = [];
  for (const page of pageFolders(dir)) {
    const entities = await pageEntities(join(dir, page, 'source.html'), reference);
    if (entities) byPage.set(page, entities);
    else unreadable.push(page);
  }
  const names = labels.names.map((label) => {
    const outcome: NameOutcome = { name: label.name, known: false, pages: [] };
    const wanted = foldName(label.name);
    for (const [page, entities] of byPage) {
      const entity = entities.find((e) => foldName(e.name) === wanted || e.forms.some((f) => foldName(f) === wanted));
      if (!entity) continue;
      const expected = label.pages && page in label.pages ? (label.pages[page] ?? null) : label.known;
      if (expected) outcome.known = true;
      outcome.pages.push(judge(page, entity, expected, reference));
    }
    if (label.known) outcome.known = true;
    return outcome;
  });
  return { pagesRead: byPage.size, pagesUnreadable: unreadable, names };
}

function judge(
  page: string,
  entity: ArticleEntity,
  expected: ExpectedEntry | null,
  reference: ReferenceIndex,
): NameOutcome['pages'][number] {
  const shown = entity.reference;
  if (!shown) return { page, outcome: expected ? 'empty' : 'right' };
  const label = `${shown.name} (${shown.type}${shown.facts?.country ? `, ${shown.facts.country}` : ''})`;
  if (!expected) return { page, outcome: 'wrong', shown: label };
  const sameCountry =
    !expected.country || countryOf(shown, reference) === expected.country || shown.facts?.country === expected.country;
  const sameThing = !expected.about || shown.description.includes(expected.about);
  const right = shown.name === expected.name && shown.type === expected.type && sameCountry && sameThing;
  return { page, outcome: right ? 'right' : 'wrong', shown: label };
}

export interface BackgroundSummary {
  names: number;
  known: number;
  knownRight: number;
  /** Cards that showed an entry other than the right one (or any entry for a name the sources do not know). */
  wrongCards: number;
  wrongNames: string[];
  emptyNames: string[];
}

export function summariseBackgrounds(result: BackgroundResult): BackgroundSummary {
  // A known name that no page's entities carry any more has no card: it counts as not right.
  const known = result.names.filter((n) => n.known);
  const right = known.filter((n) => n.pages.length > 0 && n.pages.every((p) => p.outcome === 'right'));
  const wrong = result.names.filter((n) => n.pages.some((p) => p.outcome === 'wrong'));
  return {
    names: result.names.length,
    known: known.length,
    knownRight: right.length,
    wrongCards: result.names.reduce((sum, n) => sum + n.pages.filter((p) => p.outcome === 'wrong').length, 0),
    wrongNames: wrong.map(
      (n) =>
        `${n.name}: ${n.pages
          .filter((p) => p.outcome === 'wrong')
          .map((p) => `${p.page} showed ${p.shown}`)
          .join('; ')}`,
    ),
    emptyNames: known.filter((n) => !right.includes(n) && !wrong.includes(n)).map((n) => n.name),
  };
}
