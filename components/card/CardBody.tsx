import type { CardModel } from '../../lib/model';
import { useT } from '../i18n';

/** What the article says the entity is, then what the reference data says: a description, a definition or facts. */
export function CardBody({ model }: { model: CardModel }) {
  const t = useT();
  return (
    <>
      {model.role && (
        <p class="card-role">
          <q dir="auto">{model.role}</q> <span class="card-role-note">{t('cardInThisArticle')}</span>
        </p>
      )}
      {model.description && model.type === 'TERM' && (
        <p class="card-description">
          <span class="card-label">{t('cardDefinition')}</span> {model.description}
        </p>
      )}
      {model.description && model.type !== 'TERM' && <p class="card-description">{model.description}</p>}
      {model.description && model.likely && <p class="card-likely">{t('cardLikely')}</p>}
      {!model.description && !model.role && <p class="card-description card-unknown">{t('cardNoBackground')}</p>}
      {model.facts.length > 0 && (
        <dl class="card-facts" aria-label={t('factsLabel', model.name)}>
          {model.facts.map((f) => (
            <div key={f.label}>
              <dt>{t(f.label)}</dt>
              <dd dir="auto">{f.value}</dd>
            </div>
          ))}
        </dl>
      )}
    </>
  );
}
