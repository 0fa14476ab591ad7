/** Online lookup messages from the content script, checked where they arrive, in the background. */
import type { HighlightType } from '../model';
import { HIGHLIGHT_TYPES } from '../model';
import type { OnlineView } from '../online/view';
import { isLang } from '../online/wikimedia-urls';
import { isWikiChoice } from '../settings/online';
import { hasOnly, isEnvelope, NOT_A_MESSAGE, unknownType } from './checks';
import type { MessageOf, Validated } from './messages';

/** Words around the name's mentions: enough to tell namesakes apart, never sent to Wikimedia. */
export const MAX_LOOKUP_CONTEXT = 2_000;
export const MAX_LOOKUP_NAME = 100;
const MAX_TITLE = 255;

export interface LookupProtocol {
  /** The card's online background for a name; answered from the cache first, the network only when lookups are on. */
  'lookup/name': { request: { name: string; type: HighlightType; context: string }; response: OnlineView };
  /**
   * The reader clicked "Look up on Wikipedia" on the card: this one name, now, whether lookups are on or not. Asks
   * for the Wikimedia permission first, from an extension page, if the browser has not given it.
   */
  'lookup/once': { request: { name: string; type: HighlightType; context: string }; response: OnlineView };
  /** The card's offer to look up every name: opens Backstory's lookups page, where the reader decides. */
  'lookup/offer': { request: Record<string, never>; response: Record<string, never> };
  /**
   * Sent by the lookups page while the reader decides on one name's permission: it keeps the background awake, so
   * the card's lookup/once is still answered (Firefox suspends a background page idle for 30 s, answer pending or not).
   */
  'lookup/waiting': { request: Record<string, never>; response: Record<string, never> };
  /** "Not this one": remembered for the name on the sender's site; null forgets it. */
  'lookup/choose': { request: { name: string; choice: string | null }; response: Record<string, never> };
  /** "Read on Wikipedia": the background builds the address from the language and title. */
  'lookup/open': { request: { lang: string; title: string }; response: Record<string, never> };
}

const isName = (v: unknown): v is string => typeof v === 'string' && v.trim().length > 0 && v.length <= MAX_LOOKUP_NAME;
const refuse = (error: string) => ({ ok: false as const, error });

export function parseLookupMessage(raw: unknown): Validated<MessageOf<LookupProtocol>> {
  if (!isEnvelope(raw)) return NOT_A_MESSAGE;
  const d = raw.data;
  if (raw.type === 'lookup/name' || raw.type === 'lookup/once') {
    const type = HIGHLIGHT_TYPES.find((t) => t === d.type);
    const valid = isName(d.name) && type && typeof d.context === 'string' && d.context.length <= MAX_LOOKUP_CONTEXT;
    if (!hasOnly(d, ['name', 'type', 'context']) || !valid || !type) {
      return refuse(`${raw.type} needs a name, a type and a short context`);
    }
    return {
      ok: true,
      message: { type: raw.type, data: { name: d.name as string, type, context: d.context as string } },
    };
  }
  if (raw.type === 'lookup/offer' || raw.type === 'lookup/waiting') {
    if (!hasOnly(d, [])) return refuse(`${raw.type} takes no data`);
    return { ok: true, message: { type: raw.type, data: {} } };
  }
  if (raw.type === 'lookup/choose') {
    if (!hasOnly(d, ['name', 'choice']) || !isName(d.name) || !(d.choice === null || isWikiChoice(d.choice))) {
      return refuse('lookup/choose needs a name and an item id, none or null');
    }
    return { ok: true, message: { type: 'lookup/choose', data: { name: d.name, choice: d.choice } } };
  }
  if (raw.type === 'lookup/open') {
    const { lang, title } = d;
    const valid = typeof lang === 'string' && isLang(lang) && typeof title === 'string' && title.length <= MAX_TITLE;
    if (!hasOnly(d, ['lang', 'title']) || !valid || !title.trim())
      return refuse('lookup/open needs a language and a title');
    return { ok: true, message: { type: 'lookup/open', data: { lang, title } } };
  }
  return unknownType(raw.type);
}
