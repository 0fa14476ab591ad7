/**
 * A proxy for the held-out recount of cards, on the real pages not
 * tuned on (the held-out and fresh sets of real-pages.ts): of the well-known
 * names labelled in tests/fixtures/real-pages/known-names.json, how many are
 * highlighted with no background, how many cards show a wrong entry, and how
 * many roles read from the article are wrong. Labels only: the pages stay in
 * the devset. Each page is read as served, through the article root, as in the
 * browser.
 */
import { readFileSync } from 'node:fs';
import { articleSkip } from '../../../lib/article/article-skip';
import { findArticleRoot } from '../../../lib/article/find-article-root';
import { detectMentions } from '../../../lib/detect/detect-mentions';
import type { ArticleEntity } from '../../../lib/entities/group-mentions';
import { resolveMentions } from '../../../lib/entities/resolve-mentions';
import { countryOf } from '../../../lib/entities/story-country';
import type { ReferenceIndex } from '../../../lib/reference/reference-index';
import { collectText } from '../../../lib/text/collect-text';
import { readHtmlPage } from '../parse-html';
import type { ExpectedEntry } from './background-labels';
import type { LabelledPage } from './real-pages';

export const KNOWN_NAMES = 'tests/fixtures/real-pages/known-names.json';

interface KnownNamesFile {
  pages: Record<string, Record<string, ExpectedEntry>>;
  roles: Record<string, Record<string, string | null>>;
}

export interface KnownNamesResult {
  pages: number;
  known: number;
  /** Highlighted, with no background on the card. */
  empty: string[];
  /** Not highlighted at all: no card to judge. */
  unseen: string[];
  /** A card that shows another entry. */
  wrong: string[];
  rolesJudged: number;
  wrongRoles: string[];
}

export function loadKnownNames(path = KNOWN_NAMES): KnownNamesFile {
  const raw = JSON.parse(readFileSync(path, 'utf8')) as Partial<KnownNamesFile>;
  if (!raw.pages || !raw.roles) throw new Error(`${path}: needs "pages" and "roles"`);
  return raw as KnownNamesFile;
}

/** The entities a page's cards show, as the extension finds them. */
async function servedEntities(path: string, reference: ReferenceIndex): Promise<ArticleEntity[]> {
  const page = readHtmlPage(path);
  try {
    const article = findArticleRoot(page.doc);
    if (!article.root || !article.isArticle) return [];
    const { text } = collectText(article.root, { skip: articleSkip(article) });
    return resolveMentions(detectMentions(text, reference.termLexicon), reference);
  } finally {
    await page.close();
  }
}

export async function runKnownNames(
  pages: readonly LabelledPage[],
  labels: KnownNamesFile,
  reference: ReferenceIndex,
): Promise<KnownNamesResult> {
  const result: KnownNamesResult = {
    pages: 0,
    known: 0,
    empty: [],
    unseen: [],
    wrong: [],
    rolesJudged: 0,
    wrongRoles: [],
  };
  for (const page of pages) {
    const known = labels.pages[page.page] ?? {};
    const roles = labels.roles[page.page] ?? {};
    if (page.set === 'tuned' || (Object.keys(known).length === 0 && Object.keys(roles).length === 0)) continue;
    result.pages++;
    const entities = await servedEntities(page.html, reference);
    // A labelled name is the gold entity of that name; its card is the entity that shares one of its forms.
    const cardOf = (name: string) => {
      const forms = page.gold.entities.find((g) => g.name === name)?.forms ?? [name];
      return entities.find((e) => e.forms.some((f) => forms.includes(f)));
    };
    const where = (name: string) => `${name} (${page.page.slice(0, 12)})`;
    for (const [name, expected] of Object.entries(known)) {
      result.known++;
      const entity = cardOf(name);
      const shown = entity?.reference;
      if (!entity) result.unseen.push(where(name));
      else if (!shown) result.empty.push(where(name));
      else if (!isExpected(shown, expected, reference))
        result.wrong.push(`${where(name)} showed ${shown.name}: ${shown.description.slice(0, 50)}`);
    }
    for (const [name, role] of Object.entries(roles)) {
      const shown = cardOf(name)?.role;
      if (shown === undefined && role === null) continue;
      result.rolesJudged++;
      if (shown !== undefined && shown.trim() !== role) result.wrongRoles.push(`${where(name)}: «${shown}»`);
    }
  }
  return result;
}

function isExpected(
  shown: NonNullable<ArticleEntity['reference']>,
  expected: ExpectedEntry,
  reference: ReferenceIndex,
): boolean {
  const country =
    !expected.country || countryOf(shown, reference) === expected.country || shown.facts?.country === expected.country;
  const about = !expected.about || shown.description.includes(expected.about);
  return shown.name === expected.name && shown.type === expected.type && country && about;
}

export function knownNamesReport(result: KnownNamesResult): string {
  const lines = [
    `Well-known names on the real pages not tuned on (${result.pages} pages, ${KNOWN_NAMES}; a proxy for the held-out recount):`,
    `  highlighted with no background: ${result.empty.length} of ${result.known} (target under 15 of 277 on the held-out pages)`,
    `  cards with a wrong entry: ${result.wrong.length} (target 0); roles read wrong: ${result.wrongRoles.length} of ${result.rolesJudged} judged (target 0)`,
    `  not highlighted at all: ${result.unseen.length}`,
  ];
  if (result.empty.length > 0) lines.push(`  No background: ${result.empty.join(', ')}`);
  for (const wrong of result.wrong) lines.push(`  Wrong card: ${wrong}`);
  for (const wrong of result.wrongRoles) lines.push(`  Wrong role: ${wrong}`);
  if (result.unseen.length > 0) lines.push(`  Not highlighted: ${result.unseen.join(', ')}`);
  return lines.join('\n');
}
