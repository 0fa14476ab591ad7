/**
 * Small closed word lists the name detector needs. Open-ended knowledge
 * (which words are common nouns, which names are places) comes from the
 * reference data instead.
 */
const words = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/));

/** Titles and honorifics: not part of a name, and a strong cue for a person. */
export const PERSON_TITLES = words(`
  president mr mrs ms miss mx dr prof professor sheikh sheik general gen lieutenant colonel col
  major captain capt admiral sergeant minister senator sen rep representative congressman
  congresswoman governor gov mayor judge justice king queen prince princess emir sultan
  ayatollah imam pope cardinal bishop archbishop rabbi father sir dame lord lady baroness baron
  chancellor premier ambassador commissioner chairman chairwoman chair secretary speaker
  ceo director prosecutor inspector detective officer coach chief marshal saint st
`);

/** Words that qualify a title ("Prime Minister", "former Foreign Minister"). */
export const TITLE_MODIFIERS = words(`
  prime foreign deputy vice former acting interim first second then-president defence defense
  interior finance justice health education energy economy trade culture home chief senior
  junior supreme attorney crown grand high state opposition party regional provincial federal
`);

/** Lower-case words that may sit inside a name: "Bank of England", "Ursula von der Leyen". */
export const NAME_CONNECTORS = words(`
  of de del della der den van von da das dos du la le bin ibn bint al el y e zu ter
`);

/** Words that take "of" inside a name, beside the organisation heads. */
export const OF_HEADS = words(`
  republic kingdom emirate state states city gulf bay sea isle isles island islands strait cape
  lake mount duke duchess prince princess king queen earl house chamber secretary minister
  museum church cathedral people's court bank university institute school college
`);

/** Arabic-style article prefixes written joined to the name: "al-Assad". */
export const JOINED_PREFIX = /^(?:al|el|ad|ar|as|at|an|az|ash|ul|bin|ben|abu|ibn)[-‐]/;

export const MONTHS_AND_DAYS = words(`
  january february march april may june july august september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec
  monday tuesday wednesday thursday friday saturday sunday
`);

/** Last words that mark an organisation. */
export const ORG_HEADS = words(`
  party union ministry court police university college school institute council agency front
  movement inc ltd llc plc corp corporation company co group bank fund foundation committee
  commission association organisation organization federation alliance network service
  services office department army navy force forces guard parliament assembly congress senate
  authority board bureau trust society league church club airlines airways times post news
  tribunal coalition secretariat
`);

/** Words after which a name is likely a place. */
export const PLACE_PREPOSITIONS = words('in at from near');

/** Verbs of speech after a name mark a person: "Boqaev said". */
export const SPEECH_VERBS = words('said says told added asked wrote argued insisted explained warned replied');

/**
 * Words that start sentences with a capital but are not names. The reference
 * data covers the rest of the language in a later layer; these are the common
 * sentence openers a news report uses.
 */
export const SENTENCE_OPENERS = words(`
  a an the this that these those there here it its they them their we our us you your he his
  him she her i my me one some many most more much few several all both each every any no none
  not nor but and or so yet for if when while after before since until because although though
  as at by in on of to from with without within into onto over under about above below between
  among against during despite through throughout instead meanwhile however unfortunately
  fortunately moreover furthermore nevertheless nonetheless still also then thus hence indeed
  even only just perhaps maybe already again once now today yesterday tomorrow later earlier
  soon recently finally first second third last next other another such what which who whom
  whose where why how dozens hundreds thousands millions tens scores officials critics
  analysts observers residents witnesses police protesters supporters opponents experts
  according asked speaking writing following officials' many under-secretary yes oh please
  let like unlike given including asked said says added told noted photo photograph picture
  image video source credit credits reporting editing additional update updated caption watch
  read listen see related more
`);

/** Nationality and group adjectives: not entities on their own. */
export const DEMONYMS = words(`
  kazakh kazakhstani uzbek kyrgyz tajik turkmen russian chinese american british english french
  german italian spanish portuguese dutch belgian swiss austrian polish czech slovak hungarian
  romanian bulgarian greek turkish ukrainian belarusian georgian armenian azerbaijani iranian
  iraqi syrian lebanese israeli palestinian jordanian egyptian saudi emirati qatari yemeni omani
  kuwaiti afghan pakistani indian bangladeshi nepali sri lankan burmese thai vietnamese
  cambodian malaysian indonesian filipino japanese korean mongolian taiwanese australian
  canadian mexican brazilian argentine argentinian chilean colombian peruvian venezuelan cuban
  bolivian ecuadorian nigerian kenyan ethiopian somali sudanese south african ghanaian
  senegalese malian congolese rwandan ugandan tanzanian moroccan algerian tunisian libyan
  european asian african arab muslim christian jewish western eastern soviet
`);
