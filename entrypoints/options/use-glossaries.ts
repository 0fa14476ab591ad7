import { useEffect, useState } from 'preact/hooks';
import type { GlossaryManagerProps, PendingImport } from '../../components/options/GlossaryManager';
import type { Glossary, ParsedGlossary } from '../../lib/glossary/glossary-model';
import { plural, type Translate } from '../../lib/i18n';
import { glossaries } from '../../lib/settings/store';
import { addGlossary, deleteGlossary, exportGlossary, readGlossaryFile } from './glossary-actions';

/** The glossary manager's state and actions, wired to extension storage. */
export function useGlossaries(t: Translate): GlossaryManagerProps {
  const [stored, setStored] = useState<Glossary[]>([]);
  const [pending, setPending] = useState<(PendingImport & { parsed: ParsedGlossary }) | null>(null);
  const [message, setMessage] = useState<GlossaryManagerProps['message']>(null);
  const [confirmingDelete, setConfirmingDelete] = useState<string | null>(null);
  useEffect(() => {
    void glossaries.getValue().then(setStored);
    return glossaries.watch((next) => setStored(next));
  }, []);

  const save = async (fileName: string, parsed: ParsedGlossary) => {
    const error = await addGlossary(fileName, parsed, t);
    setPending(null);
    const count = parsed.entries.length;
    const done = plural(t, 'glossImported', count, fileName);
    setMessage(error ? { kind: 'error', text: error } : { kind: 'done', text: done });
  };
  const onFile = async (file: File) => {
    setMessage(null);
    const parsed = await readGlossaryFile(file);
    // A file with any problem, or read in a way worth a look, is stored only when the reader says so.
    if (!parsed.fatal && parsed.errors.length === 0 && !parsed.notes?.length) return save(file.name, parsed);
    setPending({
      fileName: file.name,
      valid: parsed.entries.length,
      errors: parsed.errors,
      notes: parsed.notes,
      fatal: parsed.fatal,
      parsed,
    });
  };
  return {
    glossaries: stored.map((g) => ({ id: g.id, name: g.name, entries: g.entries.length, importedAt: g.importedAt })),
    pending,
    message,
    confirmingDelete,
    onFile: (file) => void onFile(file),
    onConfirmImport: () => void (pending && save(pending.fileName, pending.parsed)),
    onCancelImport: () => setPending(null),
    onExport: (id, format) => void exportGlossary(id, format),
    onAskDelete: setConfirmingDelete,
    onDelete: (id) => void deleteGlossary(id).then(() => setConfirmingDelete(null)),
  };
}
