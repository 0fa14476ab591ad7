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

/** Words whose possessive begins a body's name: "People's Party", "Workers' Union". */
export const POSSESSIVE_OWNERS = words(
  'people women men children workers farmers veterans writers journalists consumers citizens',
);

/** Holidays are dates, not entities. */
export const HOLIDAYS = new Set([
  'new year',
  'lunar new year',
  'christmas',
  'christmas eve',
  'easter',
  'ramadan',
  'eid',
  'eid al-fitr',
  'eid al-adha',
  'diwali',
  'hanukkah',
  'passover',
  'thanksgiving',
  'nowruz',
  'new year day',
  'boxing day',
  'independence day',
  'victory day',
  'labour day',
  'labor day',
  'may day',
  'mother day',
  'father day',
  'valentine day',
  'new year eve',
  'patrick day',
  'st patrick day',
  'saint patrick day',
]);
