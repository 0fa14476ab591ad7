import type { MentionNavigation } from '../../lib/model';

export interface MentionNavProps {
  name: string;
  navigation: MentionNavigation;
}

/** Previous and Next buttons that take the reader from mention to mention of one name. */
export function MentionNav({ name, navigation }: MentionNavProps) {
  const { position, count } = navigation;
  return (
    <nav class="card-nav" aria-label={`Mentions of ${name}`}>
      <button
        type="button"
        class="card-nav-previous"
        aria-label={`Previous mention of ${name}`}
        onClick={navigation.previous}
      >
        Previous
      </button>
      {/* Read out as it changes, since the buttons themselves keep the same label. */}
      <span class="card-nav-position" aria-live="polite">
        {position} of {count}
      </span>
      <button type="button" class="card-nav-next" aria-label={`Next mention of ${name}`} onClick={navigation.next}>
        Next
      </button>
    </nav>
  );
}
