import type { RowError } from '../../lib/glossary/glossary-model';
import { plural, type Translate } from '../../lib/i18n';
import { useT } from '../i18n';
import type { GlossaryManagerProps, PendingImport } from './GlossaryManager';

/** Problems shown at most: a file with thousands of bad rows says how many, and lists the first. */
const MAX_LISTED = 50;

/** A file read but not stored: its problems, each where it is, and the reader's choice to import the rest or not. */
export function PendingView({
  pending,
  onConfirmImport,
  onCancelImport,
}: Pick<GlossaryManagerProps, 'onConfirmImport' | 'onCancelImport'> & { pending: PendingImport }) {
  const t = useT();
  if (pending.fatal) {
    return (
      <p class="message error" role="alert">
        {t('glossFatal', pending.fileName, t(pending.fatal.key, ...pending.fatal.subs))}
      </p>
    );
  }
  const rows = new Set(pending.errors.map((e) => e.line)).size;
  return (
    <section class="pending" aria-label={t('glossProblems')}>
      {pending.notes?.map((note) => (
        <p key={note.key} class="note">
          {t(note.key, ...note.subs)}
        </p>
      ))}
      {rows > 0 && <p>{t('glossProblemsSummary', pending.fileName, validOf(t, pending.valid), rowsOf(t, rows))}</p>}
      <ul class="row-errors">
        {pending.errors.slice(0, MAX_LISTED).map((e, i) => (
          <li key={`${e.line}-${i}`}>{whereAndWhat(t, e)}</li>
        ))}
      </ul>
      {pending.valid > 0 && (
        <button type="button" onClick={onConfirmImport}>
          {plural(t, 'glossImport', pending.valid)}
        </button>
      )}
      <button type="button" onClick={onCancelImport}>
        {t('glossCancel')}
      </button>
    </section>
  );
}

function whereAndWhat(t: Translate, e: RowError): string {
  const what = t(e.message.key, ...e.message.subs);
  if (e.column !== undefined) return t('glossRowErrorAt', String(e.line), String(e.column), e.field ?? '', what);
  if (e.field !== undefined) return t('glossRowErrorIn', String(e.line), e.field, what);
  return t('glossRowError', String(e.line), what);
}

const validOf = (t: Translate, n: number) => plural(t, 'glossValid', n);
const rowsOf = (t: Translate, n: number) => plural(t, 'glossRows', n);
