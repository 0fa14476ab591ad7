/** A Wikipedia article's summary, whichever API it came from. */
import type { FailureReason } from './lookup-types';
import { MAX_DESCRIPTION_CHARS, MAX_EXTRACT_CHARS, plainText } from './plain-text';
import { text } from './untrusted';
import { checkedTitle } from './wikimedia-urls';

export interface ArticleSummary {
  /** The article's title after redirects, with spaces. */
  title: string;
  description: string;
  /** Plain text. */
  extract: string;
}

export type SummaryReply =
  | { ok: true; kind: 'standard'; summary: ArticleSummary }
  | { ok: true; kind: 'disambiguation' | 'not-found' }
  | { ok: false; reason: FailureReason; message: string };

/** Raw extracts longer than this are refused rather than cleaned: nothing a summary API sends is that long. */
const MAX_RAW_EXTRACT = 100_000;

/** Builds a summary from untrusted fields, or undefined when the title is unusable. */
/** Images are neither asked for nor kept: a card shows text only, and a picture would be one more request to make. */
export function summaryOf(fields: { title: unknown; description: unknown; extract: unknown }) {
  const rawTitle = text(fields.title, 1_000);
  const title = rawTitle === undefined ? undefined : checkedTitle(rawTitle.replace(/_/g, ' '));
  if (!title) return undefined;
  const summary: ArticleSummary = {
    title,
    description: plainText(text(fields.description, MAX_RAW_EXTRACT) ?? '', MAX_DESCRIPTION_CHARS),
    extract: plainText(text(fields.extract, MAX_RAW_EXTRACT) ?? '', MAX_EXTRACT_CHARS),
  };
  return summary;
}
