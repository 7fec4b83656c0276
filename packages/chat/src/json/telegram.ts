import type { ConversationMessage } from '@raksa/detect';
import { ChatImportError } from '../errors.ts';
import type { MessageSink } from '../pipeline/message-sink.ts';
import { toWellFormed } from '../text/well-formed.ts';
import { normalizeIsoTime, offsetTime, utcTime } from '../time/iso.ts';
import type { ChatChoice } from '../types.ts';
import type { WarningSink } from '../warnings.ts';
import { chooseChat } from './choose-chat.ts';
import { arrayOf, isRecord, stringOf, type JsonRecord } from './read-json.ts';

const MEDIA_TYPES: Record<string, string> = {
  sticker: 'sticker',
  voice_message: 'audio',
  audio_file: 'audio',
  video_file: 'video',
  video_message: 'video',
  animation: 'gif',
};

export interface JsonImport {
  title: string | null;
  chats?: { chosen: string; available: ChatChoice[] };
}

/** Text of `text` or `text_entities`: a string, or strings and `{type, text, href?}` pieces (a hidden link's address is kept). */
export function telegramText(value: unknown): string {
  if (typeof value === 'string') return value;
  let text = '';
  for (const piece of arrayOf(value)) {
    if (typeof piece === 'string') text += piece;
    else if (isRecord(piece)) {
      const visible = stringOf(piece['text']) ?? '';
      const href = stringOf(piece['href']);
      text += href && href !== visible ? `${visible} (${href})` : visible;
    }
  }
  return text;
}

/**
 * Telegram Desktop writes `date` in the exporting computer's clock and `date_unixtime` in UTC: the
 * two give the offset, so the time keeps both (`2023-12-31T21:41:05+07:00`).
 */
export function telegramTime(date: unknown, unixtime: unknown): string | null {
  const wall = typeof date === 'string' ? normalizeIsoTime(date) : null;
  const seconds = typeof unixtime === 'string' || typeof unixtime === 'number' ? Number(unixtime) : NaN;
  if (!Number.isFinite(seconds) || seconds <= 0) return wall;
  const epochMs = seconds * 1000;
  if (wall === null) return utcTime(epochMs);
  const offsetMinutes = Math.round((Date.parse(`${wall}Z`) - epochMs) / 60_000 / 15) * 15;
  return Math.abs(offsetMinutes) <= 14 * 60 ? offsetTime(epochMs, offsetMinutes) : utcTime(epochMs);
}

function mediaOf(message: JsonRecord): string[] {
  const media: string[] = [];
  if (message['photo'] !== undefined) media.push('image');
  const type = stringOf(message['media_type']);
  if (type) media.push(MEDIA_TYPES[type] ?? type);
  else if (message['file'] !== undefined) media.push('file');
  if (message['contact_information'] !== undefined) media.push('contact');
  if (message['location_information'] !== undefined) media.push('location');
  if (message['poll'] !== undefined) media.push('poll');
  return media;
}

function toMessage(message: JsonRecord, warnings: WarningSink): ConversationMessage {
  const author = stringOf(message['from']) ?? stringOf(message['from_id']) ?? 'Deleted Account';
  const entities = message['text_entities'];
  const text = telegramText(Array.isArray(entities) && entities.length > 0 ? entities : message['text']);
  const result: ConversationMessage = {
    author: toWellFormed(author, warnings),
    time: telegramTime(message['date'], message['date_unixtime']),
    text: toWellFormed(text, warnings),
  };
  const media = mediaOf(message);
  if (media.length > 0) result.media = media;
  return result;
}

/** Reads Telegram Desktop's "Export chat history" result.json: one chat, or a whole account (`chats.list`). */
export function importTelegram(root: unknown, sink: MessageSink, warnings: WarningSink, wanted?: string): JsonImport {
  let chat: JsonRecord;
  let chats: JsonImport['chats'];
  if (isRecord(root) && isRecord(root['chats']) && Array.isArray(root['chats']['list'])) {
    const list = [
      ...root['chats']['list'],
      ...arrayOf(isRecord(root['left_chats']) ? root['left_chats']['list'] : []),
    ].filter(isRecord);
    if (list.length === 0) throw new ChatImportError('empty', 'the Telegram export holds no chats');
    const available: ChatChoice[] = list.map((item, index) => ({
      id: String(item['id'] ?? index),
      title: stringOf(item['name']),
      size: arrayOf(item['messages']).length,
    }));
    const chosen = chooseChat(available, wanted, warnings);
    chat = list[available.indexOf(chosen)]!;
    chats = { chosen: chosen.id, available };
  } else if (isRecord(root) && Array.isArray(root['messages'])) {
    chat = root;
  } else {
    throw new ChatImportError(
      'malformed',
      'this JSON is not a Telegram export: expected "messages" (one chat) or "chats.list" (a whole account).',
    );
  }
  for (const item of arrayOf(chat['messages'])) {
    if (sink.full) break;
    if (!isRecord(item)) continue;
    if (item['type'] !== 'message') {
      sink.system();
      continue;
    }
    sink.add(toMessage(item, warnings));
  }
  const name = stringOf(chat['name']);
  return { title: name === null ? null : toWellFormed(name, warnings), ...(chats ? { chats } : {}) };
}
