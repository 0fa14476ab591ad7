/**
 * Coreference for organisations: a body's head word or its distinctive word
 * used alone ("the Commission", "Amal") joins the one body of the article it
 * can name.
 */
import { ORG_HEADS } from '../detect/lexicon/place-org-words';
import { foldName, nameWords } from '../names/fold';
import { type Cluster, isSingleWord } from './clusters';
import { cueOf } from './entity-type';

export function joinBodyHeads(roots: Cluster[], parent: Map<Cluster, Cluster>): void {
  const byHead = new Map<string, Cluster[]>();
  const byName = new Map<string, Cluster[]>();
  const add = (map: Map<string, Cluster[]>, key: string, c: Cluster) => map.set(key, [...(map.get(key) ?? []), c]);
  for (const c of roots) {
    const words = nameWords(longestForm(c)).map(foldName);
    if (parent.has(c) || words.length < 2 || !isBody(c)) continue;
    // The head is the last word, or the one "of" follows: "Bank of England", not "Bank Rate".
    const of = words.indexOf('of');
    const head = words[of > 0 ? of - 1 : words.length - 1] as string;
    if (!ORG_HEADS.has(head)) continue;
    add(byHead, head, c);
    // "Amal Movement" is also "Amal"; "Centerra Gold Inc" also "Centerra".
    if (words.length <= 3 && of < 0) add(byName, words[0] as string, c);
  }
  for (const c of roots) {
    const word = foldName(longestForm(c));
    if (parent.has(c) || !isSingleWord(c)) continue;
    // "the Kumtor mine" is a place, whatever "Kumtor Gold Company" is named after.
    const cue = cueOf(c.candidates.filter((x) => !x.weakCue));
    const known = c.reference !== null || c.ambiguous.length > 0 || cue === 'PLACE' || cue === 'PERSON';
    const found = ORG_HEADS.has(word) ? byHead.get(word) : known ? undefined : byName.get(word);
    if (found?.length !== 1) continue;
    c.reference = null;
    parent.set(c, found[0] as Cluster);
  }
}

const longestForm = (c: Cluster): string => c.candidates.reduce((a, x) => (x.form.length > a.length ? x.form : a), '');

const isBody = (c: Cluster): boolean => (c.reference ? c.reference.type === 'ORG' : cueOf(c.candidates) === 'ORG');
