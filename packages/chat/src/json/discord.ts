import type { ConversationMessage } from '@raksa/detect';
import { ChatImportError } from '../errors.ts';
import type { MessageSink } from '../pipeline/message-sink.ts';
import { toWellFormed } from '../text/well-formed.ts';
import { normalizeIsoTime } from '../time/iso.ts';
import { kindOfFile } from '../whatsapp/placeholders.ts';
import type { WarningSink } from '../warnings.ts';
import { arrayOf, isRecord, stringOf, type JsonRecord } from './read-json.ts';
import type { JsonImport } from './telegram.ts';

const MESSAGE_TYPES = new Set(['Default', 'Reply', 'ThreadStarterMessage', 'ChatInputCommand', 'ContextMenuCommand']);

function toMessage(message: JsonRecord, warnings: WarningSink): ConversationMessage {
  const author = isRecord(message['author']) ? message['author'] : {};
  const name = stringOf(author['nickname']) || stringOf(author['name']) || stringOf(author['id']) || 'Unknown';
  let text = stringOf(message['content']) ?? '';
  const media: string[] = [];
  for (const attachment of arrayOf(message['attachments'])) {
    if (isRecord(attachment))
      media.push(kindOfFile(stringOf(attachment['fileName']) ?? stringOf(attachment['url']) ?? ''));
  }
  if (arrayOf(message['stickers']).length > 0) media.push('sticker');
  const embeds = arrayOf(message['embeds']).filter(isRecord);
  if (embeds.length > 0) media.push('link');
  if (text === '') {
    // A bot's message may be all embed: its title and description are the text.
    text = embeds
      .flatMap((embed) => [stringOf(embed['title']), stringOf(embed['description']), stringOf(embed['url'])])
      .filter((part): part is string => !!part)
      .join('\n');
  }
  const result: ConversationMessage = {
    author: toWellFormed(name, warnings),
    time: typeof message['timestamp'] === 'string' ? normalizeIsoTime(message['timestamp']) : null,
    text: toWellFormed(text, warnings),
  };
  if (media.length > 0) result.media = media;
  return result;
}

/** Reads a channel exported as JSON by DiscordChatExporter: `{guild, channel, messages: [{type, timestamp, content, author}]}`. */
export function importDiscord(root: unknown, sink: MessageSink, warnings: WarningSink): JsonImport {
  if (!isRecord(root) || !Array.isArray(root['messages']) || !isRecord(root['channel'])) {
    throw new ChatImportError(
      'malformed',
      'this JSON is not a DiscordChatExporter export: expected "guild", "channel" and "messages".',
    );
  }
  for (const item of root['messages']) {
    if (sink.full) break;
    if (!isRecord(item)) continue;
    if (!MESSAGE_TYPES.has(stringOf(item['type']) ?? 'Default')) {
      sink.system();
      continue;
    }
    sink.add(toMessage(item, warnings));
  }
  const guild = isRecord(root['guild']) ? stringOf(root['guild']['name']) : null;
  const channel = stringOf(root['channel']['name']);
  const title = [guild, channel === null ? null : `#${channel}`].filter((part) => part !== null).join(' / ');
  return { title: title === '' ? null : toWellFormed(title, warnings) };
}
