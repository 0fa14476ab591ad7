/** Coreference for places: a place's last word, or the place without its lake or river, names it. */
import { PLACE_HEADS, PLACE_LEADS } from '../detect/lexicon/place-org-words';
import { nameWords } from '../names/fold';
import { translitKey } from '../names/translit-key';
import type { Cluster } from './clusters';
import { cueOf } from './entity-type';

/**
 * "Palisades" after "Pacific Palisades", "Issyk-Kul" after "Lake Issyk-Kul",
 * "Vakhsh" after "Vakhsh River", "al-Nuri" after "Great Mosque of al-Nuri": an
 * unknown name that ends one place of the article, or is that place without its
 * lake or river, names it.
 */
export function joinPlaceEnds(roots: Cluster[], parent: Map<Cluster, Cluster>): void {
  const byPart = new Map<string, Cluster[]>();
  // A cluster's keys are added together, so a repeat is always the list's last entry.
  const add = (key: string, c: Cluster) => {
    const list = byPart.get(key);
    if (!list) byPart.set(key, [c]);
    else if (list[list.length - 1] !== c) list.push(c);
  };
  for (const c of roots) {
    const words = c.key.split(' ');
    const isPlace = c.reference ? c.reference.type === 'PLACE' : cueOf(c.candidates) === 'PLACE';
    if (words.length < 2 || !isPlace) continue;
    add(words[words.length - 1] as string, c);
    const form = nameWords(c.candidates[0]?.form ?? '').map((w) => w.toLowerCase());
    const from = PLACE_LEADS.has(form[0] as string) ? 1 : 0;
    const to = PLACE_HEADS.has(form[form.length - 1] as string) ? form.length - 1 : form.length;
    if (to - from > 0 && to - from < form.length) add(translitKey(form.slice(from, to).join(' ')), c);
    // "al-Nuri" of "Great Mosque of al-Nuri", "Hormuz" of "Strait of Hormuz".
    const of = form.indexOf('of');
    if (of > 0 && of < form.length - 1) add(translitKey(form.slice(of + 1).join(' ')), c);
  }
  for (const c of roots) {
    if (parent.has(c) || c.reference || c.ambiguous.length > 0) continue;
    const found = byPart.get(c.key);
    if (found?.length === 1 && found[0] !== c) parent.set(c, found[0] as Cluster);
  }
}
