import { glossaryToCsv, glossaryToJson } from '../../lib/glossary/export-glossary';
import type { Glossary, ParsedGlossary } from '../../lib/glossary/glossary-model';
import { parseGlossaryFile } from '../../lib/glossary/parse-glossary';
import type { Translate } from '../../lib/i18n';
import { glossaries } from '../../lib/settings/store';

/** The file read and checked against the glossaries stored now; nothing is stored. */
export async function readGlossaryFile(file: File): Promise<ParsedGlossary> {
  return parseGlossaryFile(new Uint8Array(await file.arrayBuffer()), file.name, await glossaries.getValue());
}

/**
 * Adds a glossary in one write: if the browser's storage is full the write
 * fails whole, and every glossary already stored stays as it was.
 */
export async function addGlossary(fileName: string, parsed: ParsedGlossary, t: Translate): Promise<string | null> {
  const glossary: Glossary = {
    id: `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`,
    name: fileName.replace(/\.(csv|json)$/i, ''),
    importedAt: Date.now(),
    entries: parsed.entries,
  };
  try {
    await glossaries.setValue([...(await glossaries.getValue()), glossary]);
    return null;
  } catch (error) {
    const quota = /quota|space|storage/i.test(String(error));
    return quota ? t('glossNoSpace') : t('glossSaveFailed', String(error));
  }
}

export async function deleteGlossary(id: string): Promise<void> {
  await glossaries.setValue((await glossaries.getValue()).filter((g) => g.id !== id));
}

export async function exportGlossary(id: string, format: 'csv' | 'json'): Promise<void> {
  const glossary = (await glossaries.getValue()).find((g) => g.id === id);
  if (!glossary) return;
  const text = format === 'csv' ? glossaryToCsv(glossary.entries) : glossaryToJson(glossary.entries);
  const url = URL.createObjectURL(new Blob([text], { type: format === 'csv' ? 'text/csv' : 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `${glossary.name}.${format}`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
