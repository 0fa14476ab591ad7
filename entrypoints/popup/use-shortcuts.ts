import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Shortcut } from '../../components/popup/Shortcuts';

/** The extension's keyboard commands as the browser has them now, with the reader's own keys if changed. */
export function useShortcuts(): Shortcut[] {
  const [shortcuts, setShortcuts] = useState<Shortcut[]>([]);
  useEffect(() => {
    void browser.commands
      .getAll()
      .then((commands) =>
        setShortcuts(
          commands
            .filter((c) => c.name && !c.name.startsWith('_'))
            .map((c) => ({ name: c.name ?? '', description: c.description ?? '', keys: c.shortcut ?? '' })),
        ),
      );
  }, []);
  return shortcuts;
}
