/**
 * The background's answer to one message. It trusts nothing: the sender must
 * be this extension, and the message must match the protocol.
 */

import { detectMentions } from '../detect/detect-mentions';
import { resolveMentions } from '../entities/resolve-mentions';
import { type BackgroundProtocol, parseBackgroundMessage, type Reply, type ResponseOf } from '../protocol';
import type { ReferenceIndex } from '../reference/reference-index';

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
    case 'detect': {
      const lexicon = context.reference.termLexicon;
      return { ok: true, data: { parts: message.data.texts.map((text) => detectMentions(text, lexicon)) } };
    }
    case 'resolve':
      return { ok: true, data: { entities: resolveMentions(message.data.mentions, context.reference) } };
  }
}
