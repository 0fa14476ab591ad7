import { words } from './words';

/**
 * Words that start sentences, headlines and captions with a capital but are
 * not names: the closed classes of English, and the openers news reports use.
 * Open-class words are caught by other means (a lower-case use elsewhere in
 * the article, or the reference data).
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
  whose where why how dozens hundreds thousands millions tens scores officials critics analysts
  observers residents witnesses protesters supporters opponents experts according asked
  speaking writing following yes oh please let like unlike given including said says added told
  noted photo photograph picture image video source credit credits reporting editing additional
  update updated caption watch read listen see related more near along beyond behind toward
  towards upon amid amidst via per except outside inside across around whether whatever
  whenever wherever despite besides altogether overall eventually initially ultimately
  currently previously similarly likewise otherwise consequently accordingly certainly clearly
  obviously apparently reportedly allegedly officially separately elsewhere nearby years year
  months weeks days hours minutes people many families police troops workers students voters
  leaders lawmakers authorities investigators prosecutors judges doctors women men children
  two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred
  thousand million billion half
  mr mrs ms dr almost nearly roughly approximately just barely using click subscribe sign share
  follow order get go learn find try visit download contact join register continue explore
`);
