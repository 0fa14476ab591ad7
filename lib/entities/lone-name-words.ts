/**
 * "Claude acknowledged the flaw" in an article about Georges Claude and Claude
 * Debussy, "Kim" beside Kim Yong-hyun and Margie Kim: a word used alone that is
 * part of the names of more than one person joins none of them, but a reader
 * still knows it is a person. Only names nothing else typed take this.
 */
import { foldName, nameWords } from '../names/fold';
import type { ArticleEntity } from './group-mentions';

export function typeLoneNameWords(entities: ArticleEntity[]): void {
  const personWords = new Set<string>();
  for (const e of entities) {
    if (e.type !== 'PERSON') continue;
    const words = nameWords(e.name);
    if (words.length < 2) continue;
    // The first and the last word: a given name and a surname, in either order ("Kim Yong-hyun").
    personWords.add(words[0] as string);
    personWords.add(words[words.length - 1] as string);
  }
  for (const e of entities) {
    if (e.type !== 'NAME' || e.reference || !e.forms.every((f) => isOneWord(f) && personWords.has(foldName(f))))
      continue;
    e.type = 'PERSON';
    e.id = `PERSON:${foldName(e.name)}`;
  }
}

const isOneWord = (form: string): boolean => !/[\s\u00A0]/.test(form);
