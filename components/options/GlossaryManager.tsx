import type { GlossaryProblem, RowError } from '../../lib/glossary/glossary-model';
import type { Translate } from '../../lib/i18n';
import { useT } from '../i18n';

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
              <span class="glossary-count">
                {g.entries === 1 ? t('glossEntriesOne') : t('glossEntriesMany', String(g.entries))}
              </span>
              <span class="actions">
                <button
                  type="button"
                  aria-label={t('glossExportCsvOf', g.name)}
                  onClick={() => props.onExport(g.id, 'csv')}
                >
                  {t('glossExportCsv')}
                </button>
                <button
                  type="button"
                  aria-label={t('glossExportJsonOf', g.name)}
                  onClick={() => props.onExport(g.id, 'json')}
                >
                  {t('glossExportJson')}
                </button>
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

function PendingView({
  pending,
  onConfirmImport,
  onCancelImport,
}: Omit<GlossaryManagerProps, 'pending'> & { pending: PendingImport }) {
  const t = useT();
  if (pending.fatal) {
    return (
      <p class="message error" role="alert">
        {t('glossFatal', pending.fileName, t(pending.fatal.key, ...pending.fatal.subs))}
      </p>
    );
  }
  const rows = pending.errors.length;
  return (
    <section class="pending" aria-label={t('glossProblems')}>
      <p>{t('glossProblemsSummary', pending.fileName, validOf(t, pending.valid), rowsOf(t, rows))}</p>
      <ul class="row-errors">
        {pending.errors.slice(0, 50).map((e) => (
          <li key={`${e.line}-${e.message.key}`}>
            {t('glossRowError', String(e.line), t(e.message.key, ...e.message.subs))}
          </li>
        ))}
      </ul>
      {pending.valid > 0 && (
        <button type="button" onClick={onConfirmImport}>
          {pending.valid === 1 ? t('glossImportOne') : t('glossImportMany', String(pending.valid))}
        </button>
      )}
      <button type="button" onClick={onCancelImport}>
        {t('glossCancel')}
      </button>
    </section>
  );
}

const validOf = (t: Translate, n: number) => (n === 1 ? t('glossValidOne') : t('glossValidMany', String(n)));
const rowsOf = (t: Translate, n: number) => (n === 1 ? t('glossRowsOne') : t('glossRowsMany', String(n)));
