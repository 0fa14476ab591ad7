import { useT } from '../i18n';

/** One keyboard command as the browser reports it: its description, and its keys or "" when none are set. */
export interface Shortcut {
  name: string;
  description: string;
  keys: string;
}

/** The keyboard shortcuts, folded away under one line so the popup stays short; keys the reader cleared say so. */
export function Shortcuts({ shortcuts }: { shortcuts: Shortcut[] }) {
  const t = useT();
  return (
    <details class="popup-shortcuts">
      <summary>{t('popupShortcuts')}</summary>
      <dl class="shortcut-list">
        {shortcuts.map((s) => (
          <div class="shortcut" key={s.name}>
            <dt>{s.keys ? <kbd>{s.keys}</kbd> : <span class="shortcut-unset">{t('popupShortcutUnset')}</span>}</dt>
            <dd>{s.description}</dd>
          </div>
        ))}
      </dl>
      <p class="shortcut-hint">{t('popupShortcutsHint')}</p>
    </details>
  );
}
