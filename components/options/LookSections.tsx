import { HIGHLIGHT_TYPES, type HighlightType, TYPE_MESSAGES } from '../../lib/model';
import { HIGHLIGHT_STYLES, type HighlightStyle, type TypeSwitches } from '../../lib/settings/settings';
import { useT } from '../i18n';

export interface LookSectionsProps {
  types: TypeSwitches;
  style: HighlightStyle;
  onType(type: HighlightType, on: boolean): void;
  onStyle(style: HighlightStyle): void;
}

const STYLE_LABELS = {
  underline: 'styleUnderline',
  'first-mention': 'styleFirstMention',
  tint: 'styleTint',
} as const satisfies Record<HighlightStyle, string>;

/** Which types are highlighted, and how: underlined, underlined at the first mention only, or tinted, each type in its own colour. */
export function LookSections({ types, style, onType, onStyle }: LookSectionsProps) {
  const t = useT();
  return (
    <>
      <section class="options-section" aria-labelledby="types-title">
        <h2 id="types-title">{t('typesTitle')}</h2>
        <fieldset class="choices">
          <legend class="visually-hidden">{t('typesTitle')}</legend>
          <p class="hint">{t('typesHint')}</p>
          {HIGHLIGHT_TYPES.map((type) => (
            <label key={type} class="choice">
              <input
                type="checkbox"
                name="highlight-type"
                value={type}
                checked={types[type]}
                onChange={(e) => onType(type, (e.currentTarget as HTMLInputElement).checked)}
              />
              <span class="swatch" data-type={type} aria-hidden="true" />
              {t(TYPE_MESSAGES[type].many)}
            </label>
          ))}
        </fieldset>
      </section>
      <section class="options-section" aria-labelledby="style-title">
        <h2 id="style-title">{t('styleTitle')}</h2>
        <fieldset class="choices">
          <legend class="visually-hidden">{t('styleTitle')}</legend>
          <p class="hint">{t('styleHint')}</p>
          {HIGHLIGHT_STYLES.map((choice) => (
            <label key={choice} class="choice">
              <input
                type="radio"
                name="highlight-style"
                value={choice}
                checked={style === choice}
                onChange={() => onStyle(choice)}
              />
              {t(STYLE_LABELS[choice])}
            </label>
          ))}
        </fieldset>
        <figure class="samples">
          <figcaption class="visually-hidden">{t('styleSamples')}</figcaption>
          {HIGHLIGHT_TYPES.map((type) => (
            <span key={type} class="sample" data-type={type} data-style={style}>
              {t(TYPE_MESSAGES[type].one)}
            </span>
          ))}
        </figure>
      </section>
    </>
  );
}
