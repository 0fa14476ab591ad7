/**
 * The background's answer to one message. It trusts nothing: the sender must
 * be this extension, and the message must match the protocol.
 */

import { resolveMentions } from '../entities/resolve-mentions';
import { type BackgroundProtocol, parseBackgroundMessage, type Reply, type ResponseOf } from '../protocol';
import type { ReferenceIndex } from '../reference/reference-index';
import { termsIn } from '../reference/terms-in';

export interface MessageSender {
  id?: string;
  url?: string;
  tab?: { id?: number };
}

export interface BackgroundContext {
  extensionId: string;
  reference: ReferenceIndex;
}

export function handleBackgroundMessage(
  raw: unknown,
  sender: MessageSender,
  context: BackgroundContext,
): Reply<ResponseOf<BackgroundProtocol, keyof BackgroundProtocol>> {
  if (sender.id !== context.extensionId) return { ok: false, error: 'sender is not Backstory' };
  const parsed = parseBackgroundMessage(raw);
  if (!parsed.ok) return parsed;
  const { message } = parsed;
  switch (message.type) {
    case 'terms':
      return { ok: true, data: { phrases: termsIn(message.data.words, context.reference) } };
    case 'resolve':
      return { ok: true, data: { entities: resolveMentions(message.data.mentions, context.reference) } };
  }
}
