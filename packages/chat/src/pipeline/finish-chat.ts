import type { ConversationMessage } from '@raksa/detect';
import { hasZone, sortKey } from '../time/iso.ts';
import type { ChatFormat, ImportedChat } from '../types.ts';
import type { WarningSink } from '../warnings.ts';
import type { MessageSink } from './message-sink.ts';

/**
 * Puts messages in time order when the export did not (all need a time for that; otherwise a
 * warning says the order is the file's).
 */
export function orderMessages(
  messages: ConversationMessage[],
  sink: MessageSink,
  warnings: WarningSink,
): ConversationMessage[] {
  if (!sink.outOfOrder) return messages;
  const zoned = messages[0]?.time ? hasZone(messages[0].time) : false;
  if (messages.every((message) => message.time !== null && hasZone(message.time) === zoned)) {
    warnings.add({
      code: 'reordered',
      message: 'Messages were not in time order in the file; they were sorted by time.',
    });
    const keyed = messages.map((message, index) => ({ message, index, key: sortKey(message.time!) }));
    keyed.sort((a, b) => a.key - b.key || a.index - b.index);
    return keyed.map((entry) => entry.message);
  }
  warnings.add({
    code: 'out_of_order',
    message:
      'Messages are not in time order in the file, and some have no time or no time zone; they are given in the file’s order.',
  });
  return messages;
}

export function finishChat(
  format: ChatFormat,
  title: string | null,
  messages: ConversationMessage[],
  sink: MessageSink,
  warnings: WarningSink,
  chats?: ImportedChat['chats'],
): ImportedChat {
  const ordered = orderMessages(messages, sink, warnings);
  return {
    format,
    title,
    participants: sink.participants,
    messages: ordered,
    warnings: warnings.list(),
    counts: { ...sink.counts },
    ...(chats ? { chats } : {}),
  };
}
