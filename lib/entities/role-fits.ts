/**
 * Whether a role the article gives a name can be the role of the entity it
 * was typed: "In Kentucky, the Democratic candidate, Andy Beshear" and "in
 * London, a British-born genius who…" set a person's description after a
 * place's name; that is no role of the state or the city.
 */
import type { HighlightType } from '../model';
import type { ReferenceIndex } from '../reference/reference-index';
import { thingKinds } from '../reference/word-kinds';
import { kindsOfPhrase } from './context-agreement';

/** Of the kinds a role's head noun may name, the one that a place or a body must be able to be. */
const OWN_KIND: Partial<Record<HighlightType, string>> = { PLACE: 'g', ORG: 'o' };

export function roleFits(role: string, type: HighlightType, reference: ReferenceIndex): boolean {
  const own = OWN_KIND[type];
  // A title ("Emirates President") stands before a person's name, and a person may hold any role.
  if (!own) return true;
  const kinds = thingKinds(kindsOfPhrase(role, reference) ?? '');
  return !(kinds.includes('p') && !kinds.includes(own));
}
