import type { ComponentChildren } from 'preact';
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
      <ChoiceSection id="types" title={t('typesTitle')} hint={t('typesHint')}>
        {HIGHLIGHT_TYPES.map((type) => (
          <Choice
            key={type}
            type="checkbox"
            name="highlight-type"
            value={type}
            checked={types[type]}
            onChange={(on) => onType(type, on)}
          >
            <span class="swatch" data-type={type} aria-hidden="true" />
            {t(TYPE_MESSAGES[type].many)}
          </Choice>
        ))}
      </ChoiceSection>
      <ChoiceSection id="style" title={t('styleTitle')} hint={t('styleHint')} after={<StyleSamples style={style} />}>
        {HIGHLIGHT_STYLES.map((choice) => (
          <Choice
            key={choice}
            type="radio"
            name="highlight-style"
            value={choice}
            checked={style === choice}
            onChange={() => onStyle(choice)}
          >
            {t(STYLE_LABELS[choice])}
          </Choice>
        ))}
      </ChoiceSection>
    </>
  );
}

/** One set of choices, titled, with its hint, and what follows the choices inside the same section. */
function ChoiceSection(props: {
  id: string;
  title: string;
  hint: string;
  children: ComponentChildren;
  after?: ComponentChildren;
}) {
  return (
    <section class="options-section" aria-labelledby={`${props.id}-title`}>
      <h2 id={`${props.id}-title`}>{props.title}</h2>
      <fieldset class="choices">
        <legend class="visually-hidden">{props.title}</legend>
        <p class="hint">{props.hint}</p>
        {props.children}
      </fieldset>
      {props.after}
    </section>
  );
}

/** Each type's sample in the chosen style, so the reader sees the choice before reading a page. */
function StyleSamples({ style }: { style: HighlightStyle }) {
  const t = useT();
  return (
    <figure class="samples">
      <figcaption class="visually-hidden">{t('styleSamples')}</figcaption>
      {HIGHLIGHT_TYPES.map((type) => (
        <span key={type} class="sample" data-type={type} data-style={style}>
          {t(TYPE_MESSAGES[type].one)}
        </span>
      ))}
    </figure>
  );
}

interface ChoiceProps {
  type: 'checkbox' | 'radio';
  name: string;
  value: string;
  checked: boolean;
  onChange(checked: boolean): void;
  children: ComponentChildren;
}

/** One box or button of a set, its label around it. */
function Choice({ type, name, value, checked, onChange, children }: ChoiceProps) {
  return (
    <label class="choice">
      <input
        type={type}
        name={name}
        value={value}
        checked={checked}
        onChange={(e) => onChange((e.currentTarget as HTMLInputElement).checked)}
      />
      {children}
    </label>
  );
}
