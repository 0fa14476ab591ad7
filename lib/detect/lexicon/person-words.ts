/** Closed word lists about people: titles, their qualifiers, and cues around names. */
import { words } from './words';

/** Titles and honorifics: not part of a name, and a strong cue for a person. */
export const PERSON_TITLES = words(`
  president mr mrs ms miss mx dr prof professor sheikh sheik general gen lieutenant lt colonel
  col major maj captain capt admiral adm sergeant sgt commander minister senator sen rep
  representative congressman congresswoman governor gov mayor judge justice king queen prince
  princess emir sultan ayatollah imam pope cardinal bishop archbishop rabbi reverend rev father
  sir dame lord lady baroness baron chancellor premier ambassador commissioner chairman
  chairwoman chairperson secretary speaker prosecutor prosecutor-general solicitor inspector
  detective officer coach marshal saint st spokesman spokeswoman spokesperson envoy lawmaker mp
  mep senior-minister vice-president deputy-minister crown-prince ceo cfo coo cto executive adviser advisor
  director ombudsman instructor analyst editor correspondent columnist producer dean provost pastor sheriff
  treasurer founder cofounder co-founder commentator aunt auntie uncle grandma grandpa granny
`);

/** Words that qualify a title ("Prime Minister", "former Foreign Minister"). */
export const TITLE_MODIFIERS = words(`
  prime foreign deputy vice former acting interim first then defence defense interior finance
  justice health education energy economy economic trade culture home chief senior junior supreme
  attorney crown grand high state opposition party regional provincial federal national
  district chief-executive executive managing lord security homeland intelligence policy transportation
  commerce labor labour agriculture environment environmental communications development housing immigration
  public press
`);

/** Verbs of speech after a name mark a person: "Boqaev said". */
export const SPEECH_VERBS = words(`
  said says told added asked wrote argued insisted explained warned replied recalled noted
  announced declared claimed admitted denied stressed urged
`);

/** What only people do, after a name: "Han Solo shot first", "Okafor resigned"; not "shares shot up". */
export const HUMAN_ACTS =
  /^,?[ \u00A0]+(?:died|married|divorced|smiled|laughed|wept|cried|grinned|shrugged|nodded|resigned|testified|pleaded|confessed|retired|graduated|starred|sang|was born|shot (?!up|down|higher|lower|past|to\b))/;

/** Nouns that, heading an appositive ("Sadykova, a retired teacher"), mark a person. */
export const PERSON_NOUNS = words(`
  activist teacher lawyer attorney minister president leader official spokesman spokeswoman
  spokesperson journalist reporter editor writer author poet novelist artist singer actor
  actress director founder chairman chairwoman executive economist analyst researcher
  scientist professor student farmer worker resident mother father son daughter wife husband
  widow brother sister uncle aunt cousin nephew niece grandmother grandfather veteran soldier
  officer general commander politician lawmaker legislator senator deputy mayor governor judge
  prosecutor diplomat ambassador envoy critic dissident blogger historian expert adviser
  advisor consultant engineer doctor nurse surgeon physician priest imam rabbi monk nun
  businessman businesswoman entrepreneur banker investor owner manager candidate opponent
  supporter member head chief campaigner organiser organizer protester survivor witness victim
  refugee migrant employee clerk defendant plaintiff photographer filmmaker coach player athlete striker
  champion pensioner retiree shopkeeper trader driver villager fisherman herder mp mep speaker
  secretary commissioner negotiator mediator investigator scholar lecturer academic founder
  co-founder partner colleague friend neighbour neighbor correspondent columnist commentator
`);
