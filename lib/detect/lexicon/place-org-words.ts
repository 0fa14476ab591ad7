/** Closed word lists that mark places and organisations. */
import { words } from './words';

/** Last words that mark an organisation. */
export const ORG_HEADS = words(`
  party union ministry court police university college school institute council agency front
  movement inc ltd llc plc corp corporation company co group bank fund foundation committee
  commission association organisation organization federation alliance network service
  services office department army navy force forces guard parliament assembly congress senate
  authority board bureau trust society league church club airlines airways times post news
  tribunal coalition secretariat press agency centre center institution cabinet museum
  observatory watch international holdings industries energy petroleum mining airlines
  railways gazette journal herald tribune telegraph review television radio broadcasting courier
  observer chronicle ledger monitor dispatch bulletin inquirer examiner wire daily motors images
  photos pictures photo photography forum government treasury division brigade battalion regiment fleet corps
  militia nation knesset sejm duma majlis bundestag bundesrat rada sabha storting riksdag folketing jirga
  shura junta foods lab labs academy games studios magazine research laboratory laboratories conservancy
  securities partners ventures technologies solutions pharmaceuticals entertainment media records publishing
  publishers brands communications telecom logistics robotics electronics insurance investments associates
  consulting hospital infirmary clinic
`);

/**
 * Last words that end a company's or a group's name, but mean too much else to
 * mark one anywhere in a name: "Dick Clark Productions", "Sequoia Capital",
 * "Boston Dynamics", "Doobie Brothers", "Yomiuri Shimbun".
 */
export const ORG_TAILS = words(`
  productions studio systems software technology multimedia capital dynamics aerospace automotive
  interactive digital sports finance financial brothers bros shimbun restaurants hotels resorts cinemas
  networks stores films pharma steel equities equity advisors advisers analytics therapeutics biosciences
  genetics semiconductor semiconductors chemicals cement textiles shipping telecommunications brewery bancorp realty
  trains rail buses ferries cruises
`);

/** Words that take "of" inside a name, beside the organisation heads. */
export const OF_HEADS = words(`
  republic kingdom emirate state states city gulf bay sea isle isles island islands strait cape
  lake mount duke duchess prince princess king queen earl house chamber secretary minister
  museum church cathedral people's court bank university institute school college government
  ministry office bureau department council commission federation union league order
  declaration treaty convention charter act amendment protocol mosque temple shrine palace tomb
  gate bridge square library academy embassy gallery hospital tower statue port
`);

/** Last words that mark a place. */
export const PLACE_HEADS = words(`
  river lake sea ocean gulf bay strait mountains mountain mount hills valley desert plain
  plateau peninsula island islands isle coast province region district county oblast state
  square street avenue road boulevard bridge airport port harbour harbor park canal dam field
  basin delta steppe forest reserve village city town reservoir falls gorge lagoon glacier heights
  highway quarter neighbourhood neighborhood market bazaar palace shipyard camp stadium tower gate
  square mosque cathedral darya strip locks terminal side pier wharf marina trail peak ridge canyon creek beach
  cemetery mall parkway freeway expressway passage memorial monument station hotel theatre theater zoo arena
  gardens plaza courthouse temple synagogue shrine basilica pagoda monastery chapel
`);

/** Nouns that, heading an appositive or a preceding phrase, mark a place. */
export const PLACE_NOUNS = words(`
  city town village capital province region district country state county port island
  republic kingdom oblast municipality neighbourhood neighborhood suburb settlement river
`);

/** Words after which a name is likely a place. */
export const PLACE_PREPOSITIONS = words('in at from near outside across around');

/** Last words of named laws, treaties and plans: things a glossary explains ("Basic Law", "Treaty of Waitangi"). */
export const LAW_HEADS = words(`
  act law amendment treaty convention declaration accord accords agreement charter protocol doctrine
  bill code resolution
`);

/** First words that make a place of the name they start: "Lake Issyk-Kul", "Avenida Paulista". */
export const PLACE_LEADS = words(`
  lake mount mt cape port fort gulf bay isle avenida avenue calle rue via praça plaza piazza place
  rua carrera boulevard jabal jebel wadi ras bab
`);

/** Nouns that, heading an appositive ("Eskom, the state power utility"), mark an organisation. */
export const ORG_NOUNS = words(`
  company firm group agency party bank operator producer utility broadcaster organisation organization
  movement coalition alliance union ministry council court newspaper channel network insurer lender
  miner carrier airline manufacturer maker developer contractor conglomerate charity watchdog regulator
  militia faction consortium startup start-up retailer exchange fund journal magazine tabloid website blog
  newsletter outlet publication publisher brokerage studio label nonprofit non-profit chain grocer automaker
  carmaker supplier provider platform app team band orchestra
`);

/**
 * Nouns of made things and of programmes: a name before one ("the Cassini spacecraft", "the Apollo project") or
 * after one ("the drug Viaskin") is a product's or a programme's.
 */
export const PRODUCT_NOUNS = words(`
  spacecraft probe rocket satellite telescope jet jets jetliner jetliners airliner airliners aircraft plane planes
  vehicle vehicles car cars sedan sedans suv hatchback truck trucks smartphone smartphones phone phones handset
  tablet laptop console headset browser app apps software plugin plugins plug-in plug-ins game games drug drugs pill pills
  vaccine patch font fonts chip chips processor processors program programs programme programmes project projects
  initiative scheme mission missions mode
`);
