import { type CardModel, type MentionNavigation, TYPE_LABELS } from '../../lib/model';
import { MentionNav } from './MentionNav';

export interface CardProps {
  model: CardModel;
  /** Previous and Next over the entity's mentions; without it the card only counts them. */
  navigation?: MentionNavigation;
}

/** The background card for one entity. Renders the model as text only. */
export function Card({ model, navigation }: CardProps) {
  const label = TYPE_LABELS[model.type].one;
  const times = model.mentions === 1 ? 'once' : `${model.mentions} times`;
  return (
    <section class="card" role="dialog" aria-label={`${label}: ${model.name}`} data-type={model.type.toLowerCase()}>
      <header class="card-header">
        <span class="card-type">{label}</span>
        <h2 class="card-name">{model.name}</h2>
        {model.alsoWritten.length > 0 && <p class="card-also">Also written {model.alsoWritten.join(', ')}</p>}
      </header>
      {model.description && <p class="card-description">{model.description}</p>}
      {!model.description && !model.role && <p class="card-description card-unknown">No background known yet.</p>}
      {model.role && (
        <p class="card-role">
          <q>{model.role}</q> <span class="card-role-note">in this article</span>
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
      <p class="card-mentions">Mentioned {times} in this article</p>
      {navigation && navigation.count > 1 && <MentionNav name={model.name} navigation={navigation} />}
      {model.firstMention && <p class="card-first">{model.firstMention}</p>}
      <footer class="card-source">Source: {model.sourceLabel}</footer>
    </section>
  );
}
