/** The answers of an online lookup, as plain data a card or a chooser can render. */
import type { HighlightType } from '../model';

export type Confidence = 'high' | 'medium' | 'low';

/** A Wikidata item offered to the reader when the choice is not clear. */
export interface CandidateSummary {
  qid: string;
  label: string;
  description: string;
  /** The Wikipedia title in the lookup's language, when the item has an article there. */
  title?: string;
}

export interface FoundAnswer {
  kind: 'found';
  source: 'wikipedia';
  confidence: Confidence;
  qid: string;
  title: string;
  description: string;
  /** Plain text, never HTML. */
  extract: string;
  lang: string;
  runnersUp: CandidateSummary[];
  /** When the answer was fetched (ms since the epoch). */
  refreshedAt: number;
}

export interface AmbiguousAnswer {
  kind: 'ambiguous';
  candidates: CandidateSummary[];
  refreshedAt: number;
}

export interface NotFoundAnswer {
  kind: 'not-found';
  refreshedAt: number;
}

/** What the cache keeps. */
export type StoredAnswer = FoundAnswer | AmbiguousAnswer | NotFoundAnswer;

export type FailureReason =
  | 'invalid-input'
  | 'aborted'
  | 'network'
  | 'rate-limited'
  /** No answer within the deadline, at every try. */
  | 'timeout'
  | 'http'
  | 'malformed'
  | 'api-error'
  /** Only an expired answer is at hand (a cache read that may not use the network). */
  | 'not-refreshed'
  | 'internal';

export interface FailedAnswer {
  kind: 'failed';
  reason: FailureReason;
  message: string;
  /** An expired cached answer, shown marked as not refreshed. */
  stale?: StoredAnswer & { refreshed: false };
}

export type LookupResult = (StoredAnswer & { fromCache: boolean }) | FailedAnswer;

/** What the article says around the name; used only here, never sent anywhere. */
export interface LookupContext {
  /** The article text, or the part of it near the mentions. */
  text?: string;
  /** Other names the article mentions ("Kazakhstan", "Atyrau"). */
  names?: readonly string[];
}

export type LookupType = HighlightType;
