import type { RowError } from '../../lib/glossary/glossary-model';

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
  fatal?: string;
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
  return (
    <section class="glossaries" aria-labelledby="glossaries-title">
      <h2 id="glossaries-title">Your glossaries</h2>
      <p class="hint">
        Import a CSV or JSON file with the columns <code>name</code>, <code>type</code> (PERSON, PLACE, ORG or TERM) and{' '}
        <code>description</code>, and optionally <code>aliases</code> (separated by semicolons) and <code>link</code>.
        Your entries win over Backstory's own data.
      </p>
      <label class="file">
        Import a glossary file
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
        <p class="empty">No glossaries yet.</p>
      ) : (
        <ul class="glossary-list">
          {glossaries.map((g) => (
            <li key={g.id} class="glossary">
              <span class="glossary-name">{g.name}</span>{' '}
              <span class="glossary-count">
                {g.entries} {g.entries === 1 ? 'entry' : 'entries'}
              </span>
              <button type="button" onClick={() => props.onExport(g.id, 'csv')}>
                Export CSV
              </button>
              <button type="button" onClick={() => props.onExport(g.id, 'json')}>
                Export JSON
              </button>
              {confirmingDelete === g.id ? (
                <span class="confirm">
                  Delete {g.name}?{' '}
                  <button type="button" class="danger" onClick={() => props.onDelete(g.id)}>
                    Delete
                  </button>
                  <button type="button" onClick={() => props.onAskDelete(null)}>
                    Keep
                  </button>
                </span>
              ) : (
                <button type="button" onClick={() => props.onAskDelete(g.id)}>
                  Delete…
                </button>
              )}
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
  if (pending.fatal) {
    return (
      <p class="message error" role="alert">
        {pending.fileName}: {pending.fatal} Nothing was imported.
      </p>
    );
  }
  return (
    <section class="pending" aria-label="Rows with problems">
      <p>
        {pending.fileName}: {pending.valid} valid {pending.valid === 1 ? 'entry' : 'entries'}, {pending.errors.length}{' '}
        {pending.errors.length === 1 ? 'row' : 'rows'} with problems:
      </p>
      <ul class="row-errors">
        {pending.errors.slice(0, 50).map((e) => (
          <li key={`${e.line}-${e.message}`}>
            Line {e.line}: {e.message}
          </li>
        ))}
      </ul>
      {pending.valid > 0 && (
        <button type="button" onClick={onConfirmImport}>
          Import the {pending.valid} valid {pending.valid === 1 ? 'entry' : 'entries'}
        </button>
      )}
      <button type="button" onClick={onCancelImport}>
        Cancel
      </button>
    </section>
  );
}
