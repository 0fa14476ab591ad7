/**
 * Chooses the sense of a word that a news reader means: "clemency" is
 * leniency toward offenders, not mild weather. Senses whose glosses speak of
 * law, politics, economy, conflict and society win; WordNet's own frequency
 * order breaks ties.
 */
import type { Synset } from './read-wordnet';

const NEWS_WORDS = new Set(
  `law legal court justice judge offender offenders crime criminal prison prisoner police government political
  politics state states country countries nation national election vote voting parliament party power authority
  official officials public policy economic economy money prices price market trade tax taxes debt bank financial
  war military army armed force forces conflict attack violence peace treaty rights human people society social
  religious religion church international foreign citizens citizen population land property agreement document
  president minister leader rule ruler regime protest strike workers labor labour industry business company
  organization organisation group movement`.split(/\s+/),
);

/** Glosses marked with a technical field are rarely what a news report means. */
const OFF_DOMAIN =
  /^\((?:cosmology|geometry|mathematics|physics|chemistry|biology|anatomy|botany|zoology|astronomy|music|computer science|linguistics|grammar|sports|baseball|football|golf|cricket|tennis)\)/;

export function newsScore(synset: Synset): number {
  if (OFF_DOMAIN.test(synset.gloss)) return -1;
  let score = 0;
  for (const word of synset.gloss.toLowerCase().split(/[^a-z]+/)) if (NEWS_WORDS.has(word)) score++;
  return score;
}

/** How much more news-like a rarer sense must read to displace the most frequent one. */
const MIN_LEAD = 2;

/**
 * The sense to show: WordNet's most frequent sense, unless a rarer one is
 * clearly the news sense ("clemency": leniency toward offenders, not mild weather).
 */
export function chooseSense(senses: Synset[]): Synset | undefined {
  const [first, ...rest] = senses;
  if (!first) return undefined;
  let best = first;
  let bestScore = newsScore(first);
  for (const sense of rest) {
    const score = newsScore(sense);
    if (score >= bestScore + MIN_LEAD) [best, bestScore] = [sense, score];
  }
  return best;
}
