import type { GlossaryProblem, RowError } from '../../lib/glossary/glossary-model';
import { type MessageKey, plural } from '../../lib/i18n';
import { useT } from '../i18n';
import { PendingView } from './PendingImport';

export interface GlossarySummary {
  id: string;
  name: string;
  entries: number;
  importedAt: number;
}

export interface PendingImport {
  fileName: string;
  valid: number;
  errors: RowError[];
  notes?: GlossaryProblem[];
  fatal?: GlossaryProblem;
}

export interface GlossaryManagerProps {
  glossaries: GlossarySummary[];
  pending: PendingImport | null;
  message: { kind: 'done' | 'error'; text: string } | null;
  confirmingDelete: string | null;
  onFile(file: File): void;
  onConfirmImport(): void;
  onCancelImport(): void;
  onExport(id: string, format: 'csv' | 'json'): void;
  onAskDelete(id: string | null): void;
  onDelete(id: string): void;
}

/** Import, export and delete the reader's glossaries. Renders text only. */
/** The formats a glossary is exported in, each with its button's text and its label naming the glossary. */
const EXPORTS: { format: 'csv' | 'json'; label: MessageKey; labelOf: MessageKey }[] = [
  { format: 'csv', label: 'glossExportCsv', labelOf: 'glossExportCsvOf' },
  { format: 'json', label: 'glossExportJson', labelOf: 'glossExportJsonOf' },
];

export function GlossaryManager(props: GlossaryManagerProps) {
  const { glossaries, pending, message, confirmingDelete } = props;
  const t = useT();
  return (
    <section class="options-section glossaries" aria-labelledby="glossaries-title">
      <h2 id="glossaries-title">{t('glossTitle')}</h2>
      <p class="hint">{t('glossHint')}</p>
      <label class="file">
        {t('glossImport')}
        <input
          type="file"
          accept=".csv,.json,text/csv,application/json"
          onChange={(e) => {
            const input = e.currentTarget as HTMLInputElement;
            const file = input.files?.[0];
            if (file) props.onFile(file);
            input.value = '';
          }}
        />
      </label>
      {message && (
        <p class={`message ${message.kind}`} role={message.kind === 'error' ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
      {pending && <PendingView {...props} pending={pending} />}
      {glossaries.length === 0 ? (
        <p class="empty">{t('glossEmpty')}</p>
      ) : (
        <ul class="glossary-list">
          {glossaries.map((g) => (
            <li key={g.id} class="glossary">
              <span class="glossary-name">{g.name}</span>{' '}
              <span class="glossary-count">{plural(t, 'glossEntries', g.entries)}</span>
              <span class="actions">
                {EXPORTS.map(({ format, label, labelOf }) => (
                  <button
                    key={format}
                    type="button"
                    aria-label={t(labelOf, g.name)}
                    onClick={() => props.onExport(g.id, format)}
                  >
                    {t(label)}
                  </button>
                ))}
                {confirmingDelete === g.id ? (
                  <span class="confirm">
                    {t('glossConfirmDelete', g.name)}{' '}
                    <button type="button" class="danger" onClick={() => props.onDelete(g.id)}>
                      {t('glossDelete')}
                    </button>
                    <button type="button" onClick={() => props.onAskDelete(null)}>
                      {t('glossKeep')}
                    </button>
                  </span>
                ) : (
                  <button
                    type="button"
                    aria-label={t('glossAskDeleteOf', g.name)}
                    onClick={() => props.onAskDelete(g.id)}
                  >
                    {t('glossAskDelete')}
                  </button>
                )}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
