/**
 * Nationality, group and language words ("Kazakh", "South Koreans", "Central
 * Asian") are not entities on their own. They are dropped here, in the
 * background, rather than in the content script, whose size is budgeted.
 */
import type { Candidate } from '../detect/find-names';
import { words } from '../detect/lexicon/words';

const DEMONYMS = words(`
  kazakh kazakhstani uzbek kyrgyz tajik turkmen russian chinese american british english french
  german italian spanish portuguese dutch belgian swiss austrian polish czech slovak hungarian
  romanian bulgarian greek turkish ukrainian belarusian georgian armenian azerbaijani iranian
  iraqi syrian lebanese israeli palestinian jordanian egyptian saudi emirati qatari yemeni omani
  kuwaiti afghan pakistani indian bangladeshi nepali lankan burmese thai vietnamese cambodian
  malaysian indonesian filipino japanese korean mongolian taiwanese australian canadian mexican
  brazilian argentine argentinian chilean colombian peruvian venezuelan cuban bolivian
  ecuadorian nigerian kenyan ethiopian somali sudanese african ghanaian senegalese malian
  congolese rwandan ugandan tanzanian moroccan algerian tunisian libyan european asian arab
  muslim christian jewish western eastern northern southern soviet latino latina hispanic
  indigenous aboriginal flemish walloon estonian latvian lithuanian finnish swedish norwegian
  danish icelandic irish scottish welsh serbian croatian bosnian slovenian albanian macedonian
  montenegrin moldovan cypriot maltese nazi baltic nordic slavic sunni shia shiite kurdish
  persian hebrew arabic cyrillic latin swahili hindi urdu bengali punjabi tamil pashto dari
  farsi amharic hausa yoruba igbo zulu xhosa afrikaans catalan basque galician quechua
  guarani mandarin cantonese tibetan uyghur uighur black white asian-american african-american
  caucasian balkan maori
`);

/** Whether a lower-case word is a nationality, group or language word, or its plural. */
export const isGroupWord = (word: string): boolean =>
  DEMONYMS.has(word) || (word.endsWith('s') && DEMONYMS.has(word.slice(0, -1)));

/** One or two words ending in a group word: "Kazakh", "South Koreans". */
export function isGroupName(c: Candidate): boolean {
  const parts = c.form.toLowerCase().split(/[\s\u00A0]+/);
  const last = parts[parts.length - 1] as string;
  return parts.length <= 2 && isGroupWord(last);
}
