import type { ConversationMessage } from '@raksa/detect';
import { ChatImportError } from '../errors.ts';
import type { MessageSink } from '../pipeline/message-sink.ts';
import { repairMojibake } from '../text/mojibake.ts';
import { toWellFormed } from '../text/well-formed.ts';
import { epochTime } from '../time/iso.ts';
import type { WarningSink } from '../warnings.ts';
import { arrayOf, isRecord, stringOf, type JsonRecord } from './read-json.ts';
import type { JsonImport } from './telegram.ts';

const SYSTEM_TYPES = new Set(['Subscribe', 'Unsubscribe', 'Call', 'subscribe', 'unsubscribe', 'call']);
const MEDIA_FIELDS: [string, string][] = [
  ['photos', 'image'],
  ['videos', 'video'],
  ['audio_files', 'audio'],
  ['gifs', 'gif'],
  ['files', 'file'],
];

interface Timed {
  at: number;
  message: ConversationMessage;
}

function fix(text: string, warnings: WarningSink): string {
  return toWellFormed(repairMojibake(text), warnings);
}

function mediaKind(uri: string): string {
  if (/\.(?:jpe?g|png|webp|heic)$/iu.test(uri)) return 'image';
  if (/\.(?:mp4|mov|webm)$/iu.test(uri)) return 'video';
  if (/\.(?:mp3|m4a|aac|wav|ogg|opus)$/iu.test(uri)) return 'audio';
  if (/\.gif$/iu.test(uri)) return 'gif';
  return 'file';
}

function toTimed(message: JsonRecord, warnings: WarningSink): Timed | null {
  const author = stringOf(message['sender_name']) ?? stringOf(message['senderName']);
  const at = Number(message['timestamp_ms'] ?? message['timestamp']);
  if (author === null) return null;
  let text = fix(stringOf(message['content']) ?? stringOf(message['text']) ?? '', warnings);
  const media: string[] = [];
  for (const [field, kind] of MEDIA_FIELDS) if (arrayOf(message[field]).length > 0) media.push(kind);
  for (const item of arrayOf(message['media'])) {
    if (isRecord(item)) media.push(mediaKind(stringOf(item['uri']) ?? ''));
  }
  if (message['sticker'] !== undefined) media.push('sticker');
  const share = isRecord(message['share']) ? message['share'] : null;
  const link = share ? stringOf(share['link']) : null;
  if (link && !text.includes(link)) text = text === '' ? link : `${text}\n${link}`;
  if (link) media.push('link');
  if (message['is_unsent'] === true || message['isUnsent'] === true) media.push('deleted');
  const result: ConversationMessage = { author: fix(author, warnings), time: epochTime(at), text };
  if (media.length > 0) result.media = media;
  return { at: Number.isFinite(at) ? at : Number.POSITIVE_INFINITY, message: result };
}

/**
 * Reads Facebook Messenger and Instagram "Download your information" JSON (`message_1.json`,
 * `message_2.json`… of one thread, merged), whose strings are UTF-8 bytes written as Latin-1
 * (repaired), and the end-to-end-encrypted Messenger export (`senderName`, `timestamp`, `text`).
 * Files list newest first; messages come out oldest first.
 */
export function importMessenger(roots: readonly unknown[], sink: MessageSink, warnings: WarningSink): JsonImport {
  const timed: Timed[] = [];
  let title: string | null = null;
  for (const root of roots) {
    if (!isRecord(root) || !Array.isArray(root['messages'])) {
      throw new ChatImportError(
        'malformed',
        'this JSON is not a Messenger or Instagram export: expected "participants" and "messages" with "sender_name".',
      );
    }
    title ??= stringOf(root['title']) ?? stringOf(root['threadName']);
    for (const participant of arrayOf(root['participants'])) {
      const name = isRecord(participant) ? stringOf(participant['name']) : stringOf(participant);
      if (name) sink.addParticipant(fix(name, warnings));
    }
    for (const item of root['messages']) {
      if (!isRecord(item)) continue;
      const type = stringOf(item['type']);
      if (type !== null && SYSTEM_TYPES.has(type)) {
        sink.system();
        continue;
      }
      const message = toTimed(item, warnings);
      if (message) timed.push(message);
    }
  }
  timed.sort((a, b) => a.at - b.at);
  for (const { message } of timed) {
    if (sink.full) break;
    sink.add(message);
  }
  return { title: title === null ? null : fix(title, warnings) };
}
