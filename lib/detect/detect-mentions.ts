/** Every candidate mention in a text: names now, known terms once reference data provides them. */
import { type Candidate, findNames } from './find-names';

export type { Candidate };

export function detectMentions(text: string): Candidate[] {
  return findNames(text);
}
