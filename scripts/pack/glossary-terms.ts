/**
 * Pack records from the news glossary kept in the repo (data/news-glossary.json):
 * concepts a news reader meets, each with a definition written for Backstory.
 * Every entry is checked; a broken file stops the build rather than ship.
 */
import type { PackRecord } from '../../lib/reference/pack-format';

interface GlossaryTerm {
  term: string;
  aliases: string[];
  definition: string;
  domain: string;
}

export function glossaryTermRecords(raw: unknown, source: number): PackRecord[] {
  const terms = (raw as { terms?: unknown })?.terms;
  if (!Array.isArray(terms)) throw new Error('news-glossary.json needs a "terms" array');
  const seen = new Map<string, string>();
  return terms.map((value, i) => {
    const t = value as GlossaryTerm;
    const problem =
      typeof t?.term !== 'string' || t.term.trim().length < 3
        ? 'a term of three or more letters'
        : !Array.isArray(t.aliases) || t.aliases.some((a) => typeof a !== 'string' || a.trim().length < 3)
          ? 'an "aliases" list of words of three or more letters'
          : typeof t.definition !== 'string' || t.definition.length < 20
            ? 'a definition'
            : null;
    if (problem) throw new Error(`news-glossary.json term ${i + 1} (${String(t?.term)}) needs ${problem}`);
    for (const form of [t.term, ...t.aliases]) {
      const key = form.toLowerCase();
      const other = seen.get(key);
      if (other) throw new Error(`news-glossary.json: "${form}" is listed by both "${other}" and "${t.term}"`);
      seen.set(key, t.term);
    }
    return {
      name: t.term,
      type: 'TERM',
      description: t.definition,
      sources: [source],
      aliases: t.aliases,
      detectable: true,
    };
  });
}
