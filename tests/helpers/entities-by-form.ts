/** What the background answers without reference data, for page tests: one untyped entity per form. */
import type { Candidate } from '../../lib/detect/find-names';
import type { ArticleEntity } from '../../lib/entities/group-mentions';

export function entitiesByForm(mentions: Candidate[]): ArticleEntity[] {
  return [...new Set(mentions.map((m) => m.form))].map((form) => ({
    id: `NAME:${form}`,
    name: form,
    type: 'NAME',
    forms: [form],
    mentions: mentions.filter((m) => m.form === form).map(({ start, end, form }) => ({ start, end, form })),
    reference: null,
  }));
}
