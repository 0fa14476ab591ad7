import { type CardModel, type MentionNavigation, TYPE_MESSAGES } from '../../lib/model';
import { useT } from '../i18n';
import { MentionNav } from './MentionNav';

export interface CardProps {
  model: CardModel;
  /** Previous and Next over the entity's mentions; without it the card only counts them. */
  navigation?: MentionNavigation;
}

/** The background card for one entity. Renders the model as text only. */
export function Card({ model, navigation }: CardProps) {
  const t = useT();
  const label = t(TYPE_MESSAGES[model.type].one);
  const mentioned = model.mentions === 1 ? t('cardMentionedOnce') : t('cardMentionedTimes', String(model.mentions));
  return (
    <section
      class="card"
      role="dialog"
      aria-label={t('cardLabel', label, model.name)}
      data-type={model.type.toLowerCase()}
    >
      <header class="card-header">
        <span class="card-type">{label}</span>
        <h2 class="card-name">{model.name}</h2>
        {model.alsoWritten.length > 0 && <p class="card-also">{t('cardAlsoWritten', model.alsoWritten.join(', '))}</p>}
      </header>
      {model.description && <p class="card-description">{model.description}</p>}
      {!model.description && !model.role && <p class="card-description card-unknown">{t('cardNoBackground')}</p>}
      {model.role && (
        <p class="card-role">
          <q>{model.role}</q> <span class="card-role-note">{t('cardInThisArticle')}</span>
        </p>
      )}
      {model.facts.length > 0 && (
        <dl class="card-facts">
          {model.facts.map((f) => (
            <div key={f.label}>
              <dt>{f.label}</dt>
              <dd>{f.value}</dd>
            </div>
          ))}
        </dl>
      )}
      <p class="card-mentions">{mentioned}</p>
      {navigation && navigation.count > 1 && <MentionNav name={model.name} navigation={navigation} />}
      {model.firstMention && <p class="card-first">{model.firstMention}</p>}
      <footer class="card-source">{t('cardSource', model.sourceLabel)}</footer>
    </section>
  );
}
