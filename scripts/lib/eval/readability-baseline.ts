/**
 * Mozilla's Readability.js on the same page, for comparison in the eval: its
 * article text, or null when it finds none. It rewrites the document it is
 * given, so it gets a parse of its own.
 */
import { Readability } from '@mozilla/readability';
import { parseHtml } from '../parse-html';

export async function readabilityText(html: string): Promise<string | null> {
  const page = parseHtml(html);
  try {
    return new Readability(page.doc).parse()?.textContent ?? null;
  } catch {
    return null;
  } finally {
    await page.close();
  }
}
