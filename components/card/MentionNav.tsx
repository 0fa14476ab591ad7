import type { MentionNavigation } from '../../lib/model';
import { useT } from '../i18n';

export interface MentionNavProps {
  name: string;
  navigation: MentionNavigation;
}

/** Previous and Next buttons that take the reader from mention to mention of one name. */
export function MentionNav({ name, navigation }: MentionNavProps) {
  const t = useT();
  const { position, count } = navigation;
  return (
    <nav class="card-nav" aria-label={t('navMentionsOf', name)}>
      <button
        type="button"
        class="card-nav-previous"
        aria-label={t('navPreviousOf', name)}
        onClick={navigation.previous}
      >
        {t('navPrevious')}
      </button>
      {/* Read out as it changes, since the buttons themselves keep the same label. */}
      <span class="card-nav-position" aria-live="polite">
        {t('navPosition', String(position), String(count))}
      </span>
      <button type="button" class="card-nav-next" aria-label={t('navNextOf', name)} onClick={navigation.next}>
        {t('navNext')}
      </button>
    </nav>
  );
}
