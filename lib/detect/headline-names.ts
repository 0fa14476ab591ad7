/**
 * A Title Case headline capitalises every word, so its names are taken only
 * where the article's prose confirms them: "Court Frees Boqaev" yields Boqaev
 * when the body names Maks Boqaev.
 */
import { foldName } from '../names/fold';
import type { Candidate } from './find-names';
import type { Token } from './tokenize';

export function confirmInHeadline(runs: Token[][], prose: Candidate[], text: string): Candidate[] {
  if (runs.length === 0) return [];
  const known = new Set<string>();
  for (const c of prose) {
    // "Caption: Power lines …" confirms no "Power Struggle": a capital the sentence start explains proves nothing.
    if ((c.sentenceInitial || c.commonWord) && !/\s/.test(c.form)) continue;
    known.add(foldName(c.form));
    const words = foldName(c.form).split(' ');
    // A surname confirms itself ("Court Frees Boqaev"); a body's last word does not ("Unity" of "Government of National Unity").
    if (words.length > 1 && (c.cue === null || c.cue === 'PERSON')) known.add(words[words.length - 1] as string);
  }
  const found: Candidate[] = [];
  for (const run of runs) {
    let i = 0;
    while (i < run.length) {
      let match = -1;
      for (let j = run.length - 1; j >= i; j--) {
        const form = text.slice((run[i] as Token).start, (run[j] as Token).end);
        if (known.has(foldName(form))) {
          match = j;
          break;
        }
      }
      if (match < 0) {
        i++;
        continue;
      }
      const start = (run[i] as Token).start;
      const end = (run[match] as Token).end;
      found.push({ start, end, form: text.slice(start, end), cue: null, sentenceInitial: false });
      i = match + 1;
    }
  }
  return found;
}
