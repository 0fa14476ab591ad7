/** Closed lists of words that look like names but are not. */
import { words } from './words';

export const MONTHS_AND_DAYS = words(`
  january february march april may june july august september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec
  monday tuesday wednesday thursday friday saturday sunday
`);

/** Lower-case words that may sit inside a name: "Bank of England", "Ursula von der Leyen". */
export const NAME_CONNECTORS = words(`
  of de del della der den van von da das dos du la le bin ibn bint al el y e zu ter ben
`);

/** Connectors that continue an organisation's name after "of" or a head word. */
export const ORG_CONNECTORS = words('and for on the &');

/** Arabic-style article prefixes written joined to the name: "al-Assad". */
export const JOINED_PREFIX = /^(?:al|el|ad|ar|as|at|an|az|ash|ul|bin|ben|abu|ibn)[-‐]/;

/** Second halves of adjective compounds: "Russian-language", "Moscow-led". */
export const ADJECTIVE_SUFFIXES = words(`
  language speaking style script led backed based born owned run linked funded made era type
  like wide bound controlled allied aligned leaning friendly majority minority dominated
  registered listed flagged american ranking level area certified specific free related focused
  centric centred centered sponsored affiliated supported appointed elected designated approved
  inspired themed old
`);

/** Nationality, group and language words: not entities on their own. */
export const DEMONYMS = words(`
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
  caucasian balkan
`);

/** Words whose possessive begins a body's name: "People's Party", "Workers' Union". */
export const POSSESSIVE_OWNERS = words(
  'people women men children workers farmers veterans writers journalists consumers citizens',
);
