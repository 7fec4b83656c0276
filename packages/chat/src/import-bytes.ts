import type { ConversationMessage } from '@raksa/detect';
import { whatsAppTitle } from './chat-title.ts';
import { importDiscord } from './json/discord.ts';
import { importMessenger } from './json/messenger.ts';
import { readJson } from './json/read-json.ts';
import { importTelegram, type JsonImport } from './json/telegram.ts';
import { finishChat } from './pipeline/finish-chat.ts';
import { MessageSink } from './pipeline/message-sink.ts';
import { TextPipeline, isTextFormat } from './pipeline/text-pipeline.ts';
import type { ChatFormat, ImportLimits, ImportedChat } from './types.ts';
import type { WarningSink } from './warnings.ts';

/** Text is fed to the line parsers in slices of this size, so no string holds the whole file. */
const SLICE_BYTES = 1024 * 1024;

export interface ImportContext {
  limits: Required<ImportLimits>;
  warnings: WarningSink;
  chat?: string | undefined;
}

/** Imports one file of a known format held in memory (a plain file, or an entry taken out of a zip). */
export function importBytes(format: ChatFormat, name: string, bytes: Uint8Array, context: ImportContext): ImportedChat {
  const { limits, warnings } = context;
  const messages: ConversationMessage[] = [];
  const sink = new MessageSink(limits, warnings, (message) => messages.push(message));
  if (isTextFormat(format)) {
    const pipeline = new TextPipeline(format, sink, warnings, limits, Number.POSITIVE_INFINITY);
    for (let at = 0; at < bytes.length && !sink.full; at += SLICE_BYTES)
      pipeline.push(bytes.subarray(at, at + SLICE_BYTES));
    pipeline.end();
    const title = format === 'whatsapp' ? whatsAppTitle(name) : pipeline.parser.title;
    return finishChat(format, title, messages, sink, warnings);
  }
  const result = importJson(format, name, [bytes], sink, context);
  return finishChat(format, result.title, messages, sink, warnings, result.chats);
}

/** Imports JSON exports; Messenger and Instagram threads may come in several files. */
export function importJson(
  format: Exclude<ChatFormat, 'whatsapp' | 'line' | 'csv' | 'jsonl'>,
  name: string,
  files: readonly Uint8Array[],
  sink: MessageSink,
  context: ImportContext,
): JsonImport {
  const { limits, warnings } = context;
  const roots = files.map((bytes) => readJson(bytes, limits.maxBytes, name, warnings));
  if (format === 'telegram') return importTelegram(roots[0], sink, warnings, context.chat);
  if (format === 'discord') return importDiscord(roots[0], sink, warnings);
  return importMessenger(roots, sink, warnings);
}
