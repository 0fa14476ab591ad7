import { describe, expect, it } from 'vitest';
import { scanPage } from '../../../lib/page/scan-page';
import { loadReference } from '../../../lib/reference/load-reference';
import { parseFixturePage } from '../../helpers/fixtures';

const reference = loadReference();
const lookup = async (names: string[]) => names.map((n) => reference.lookup(n));

describe('scanPage on the demo article', () => {
  it('finds the article and its names', async () => {
    const scan = await scanPage(parseFixturePage('pages/kazakhstan-activist.html'), lookup);
    console.log(
      scan.article.reason,
      scan.entities.map((e) => `${e.type} ${e.name} [${e.forms.join('|')}] ${e.mentions.length}`),
    );
    expect(scan.article.isArticle).toBe(true);
  });
});
