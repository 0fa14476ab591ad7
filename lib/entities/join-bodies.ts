/**
 * Coreference for organisations: a body's head word or its distinctive word
 * used alone ("the Commission", "Amal") joins the one body of the article it
 * can name.
 */
import { ORG_HEADS } from '../detect/lexicon/place-org-words';
import { headOf } from '../detect/shapes';
import { foldName, nameWords } from '../names/fold';
import { type Cluster, isSingleWord, longestForm } from './clusters';
import { cueOf } from './entity-type';
import { isMembersBody } from './name-lists';

export function joinBodyHeads(roots: Cluster[], parent: Map<Cluster, Cluster>): void {
  const byHead = new Map<string, Cluster[]>();
  const byName = new Map<string, Cluster[]>();
  const add = (map: Map<string, Cluster[]>, key: string, c: Cluster) => {
    const list = map.get(key);
    if (list) list.push(c);
    else map.set(key, [c]);
  };
  for (const c of roots) {
    const words = nameWords(longestForm(c)).map(foldName);
    if (parent.has(c) || words.length < 2 || !isBody(c)) continue;
    // The head: "Bank of England" has one, "Bank Rate" does not.
    const head = headOf(words) as string;
    if (!ORG_HEADS.has(head)) continue;
    add(byHead, head, c);
    // "Amal Movement" is also "Amal"; "Centerra Gold Inc" also "Centerra".
    if (words.length <= 3 && !words.includes('of')) add(byName, words[0] as string, c);
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

const isBody = (c: Cluster): boolean =>
  c.reference ? c.reference.type === 'ORG' : cueOf(c.candidates) === 'ORG' || isMembersBody(longestForm(c));

/**
 * "Basic Laws" after "Basic Law", "Supreme Court" after "Supreme Federal
 * Court": a term in the plural, or a body named without one of its words,
 * joins the one entity it shortens.
 */
export function joinVariants(roots: Cluster[], parent: Map<Cluster, Cluster>): void {
  const byForm = new Map<string, Cluster>();
  const bodies = new BodyIndex();
  for (const c of roots) {
    const form = foldName(longestForm(c));
    byForm.set(form, c);
    if (isBody(c) && !parent.has(c)) bodies.add({ words: form.split(' '), cluster: c });
  }
  for (const c of roots) {
    if (parent.has(c)) continue;
    const form = foldName(longestForm(c));
    const singular = form.endsWith('s') ? byForm.get(form.slice(0, -1)) : undefined;
    if (singular && singular !== c && (isTerm(c) || isTerm(singular))) {
      parent.set(c, singular);
      continue;
    }
    const words = form.split(' ');
    if (c.reference || !isBody(c) || words.length < 2) continue;
    const longer = bodies.onlyLonger(c, words);
    if (longer) parent.set(c, longer);
  }
}

interface Body {
  words: string[];
  cluster: Cluster;
}

/**
 * The article's bodies by head and word. A shorter name looks only among the bodies with its head that share its
 * rarest word, and stops at a second fit: a page naming thousands of ministries costs a few steps per name.
 */
class BodyIndex {
  private readonly byHeadWord = new Map<string, Body[]>();

  add(body: Body): void {
    const head = headOf(body.words);
    for (const word of new Set(body.words)) {
      const key = `${head} ${word}`;
      const list = this.byHeadWord.get(key);
      if (list) list.push(body);
      else this.byHeadWord.set(key, [body]);
    }
  }

  /** The one longer body these words are part of, or null when none or several are. */
  onlyLonger(c: Cluster, words: string[]): Cluster | null {
    const head = headOf(words);
    let fewest: Body[] | undefined;
    for (const word of words) {
      const list = this.byHeadWord.get(`${head} ${word}`);
      if (!list) return null;
      if (!fewest || list.length < fewest.length) fewest = list;
    }
    let found: Cluster | null = null;
    for (const { words: w, cluster } of fewest ?? []) {
      if (cluster === c || w.length <= words.length || !isPartOf(words, w)) continue;
      if (found) return null;
      found = cluster;
    }
    return found;
  }
}

/** The words in order, with the same head: "supreme court" in "supreme federal court", not "haida nation" in "council of the haida nation". */
function isPartOf(short: string[], long: string[]): boolean {
  if (headOf(short) !== headOf(long)) return false;
  let i = 0;
  for (const word of long) if (word === short[i]) i++;
  return i === short.length;
}

const isTerm = (c: Cluster): boolean => (c.reference ? c.reference.type === 'TERM' : cueOf(c.candidates) === 'TERM');

/**
 * "Environmental Protection Department" and "Environmental Protection" after
 * "Department of Environmental Protection": a body named the other way round,
 * or by its words without the head, joins the one body it names.
 */
export function joinInvertedBodies(roots: Cluster[], parent: Map<Cluster, Cluster>): void {
  const byKey = new Map<string, Cluster[]>();
  for (const c of roots) {
    if (parent.has(c) || !isBody(c)) continue;
    const words = foldName(longestForm(c)).split(' ');
    const of = words.indexOf('of');
    const head = headOf(words) as string;
    if (!ORG_HEADS.has(head)) continue;
    // "department of environmental protection" or "environmental protection department".
    const rest = of === 1 ? words.slice(2) : of < 0 ? words.slice(0, -1) : [];
    if (rest.length < 2 || rest.includes('of')) continue;
    for (const key of [rest.join(' '), `${rest.join(' ')} ${head}`, `${head} of ${rest.join(' ')}`])
      byKey.set(key, [...(byKey.get(key) ?? []), c]);
  }
  for (const c of roots) {
    if (parent.has(c) || c.reference) continue;
    const found = byKey.get(foldName(longestForm(c)))?.filter((b) => b !== c && !parent.has(b));
    if (found?.length === 1) parent.set(c, found[0] as Cluster);
  }
}
