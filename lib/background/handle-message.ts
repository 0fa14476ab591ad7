/**
 * The background's answer to one message. It trusts nothing: the sender must
 * be this extension, and the message must match the protocol.
 */

import { resolveSteps } from '../entities/resolve-mentions';
import type { Reply, ResponseOf } from '../protocol/checks';
import { NOT_FROM_US } from '../protocol/checks';
import { unpackMentions } from '../protocol/packed-mentions';
import { type BackgroundProtocol, parseBackgroundMessage } from '../protocol/text';
import type { ReferenceIndex } from '../reference/reference-index';
import { runSteps, type Steps } from '../steps';
import { detectSteps } from './detect-steps';
import type { Owner } from './fair-queue';

export interface MessageSender {
  id?: string;
  url?: string;
  tab?: { id?: number };
}

export interface BackgroundContext {
  extensionId: string;
  reference: ReferenceIndex;
}

type BackgroundReply = Reply<ResponseOf<BackgroundProtocol, keyof BackgroundProtocol>>;

export function handleBackgroundMessage(
  raw: unknown,
  sender: MessageSender,
  context: BackgroundContext,
): BackgroundReply {
  return runSteps(answerSteps(raw, sender, context));
}

/** The answer in steps: detection and resolution pause between chunks, for the background's other work. */
export function* answerSteps(raw: unknown, sender: MessageSender, context: BackgroundContext): Steps<BackgroundReply> {
  if (sender.id !== context.extensionId) return NOT_FROM_US;
  const parsed = parseBackgroundMessage(raw);
  if (!parsed.ok) return parsed;
  const { message } = parsed;
  switch (message.type) {
    case 'text/detect': {
      const parts = yield* detectSteps(message.data.texts, context.reference.termLexicon);
      return { ok: true, data: { parts } };
    }
    case 'text/resolve': {
      const entities = yield* resolveSteps(unpackMentions(message.data.mentions), context.reference);
      return { ok: true, data: { entities } };
    }
  }
}

/** Whose turn a message's work takes: its tab's, so that one page's work never holds up another's. */
export const ownerOf = (sender: MessageSender): Owner => sender.tab?.id ?? 'extension';
