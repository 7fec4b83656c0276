import type { ConversationMessage } from '@raksa/detect';
import { whatsAppTitle } from '../chat-title.ts';
import { detectChatFormat, HEAD_BYTES } from '../detect-format.ts';
import { ChatImportError } from '../errors.ts';
import { importBytes, importJson, type ImportContext } from '../import-bytes.ts';
import { chooseChat } from '../json/choose-chat.ts';
import { finishChat } from '../pipeline/finish-chat.ts';
import { MessageSink } from '../pipeline/message-sink.ts';
import type { ChatChoice, ImportedChat } from '../types.ts';
import { excerptOf } from '../warnings.ts';
import { inflateEntry, type InflateBudget } from './inflate-entry.ts';
import { isUnsafeZipPath, readZipDirectory, type ZipEntry } from './zip-directory.ts';

// messages/inbox/<thread>/message_1.json, also under your_facebook_activity/ or your_instagram_activity/.
const MESSENGER_FILE =
  /(?:^|\/)messages\/(?:inbox|archived_threads|filtered_threads|message_requests|e2ee_cutover)\/([^/]+)\/message_(\d+)\.json$/u;
const WHATSAPP_FILE = /^(?:_chat\.txt|WhatsApp.*\.txt)$/iu;
const CANDIDATE_FILE = /\.(?:txt|json|csv|tsv|jsonl|ndjson)$/iu;
const MAX_CANDIDATES = 50;

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

function depth(path: string): number {
  return path.split('/').length;
}

/** The entries that are files with safe names; the others are reported and ignored. */
function safeEntries(entries: readonly ZipEntry[], context: ImportContext): ZipEntry[] {
  const safe: ZipEntry[] = [];
  for (const entry of entries) {
    if (entry.name.endsWith('/')) continue;
    if (isUnsafeZipPath(entry.name)) {
      context.warnings.add({
        code: 'unsafe_zip_path',
        message: 'The zip holds an entry whose name points outside its folder; it was ignored.',
        excerpt: excerptOf(entry.name),
      });
      continue;
    }
    safe.push(entry);
  }
  return safe;
}

function importMessengerThreads(
  bytes: Uint8Array,
  entries: readonly ZipEntry[],
  context: ImportContext,
  budget: InflateBudget,
): ImportedChat | null {
  const threads = new Map<string, { entry: ZipEntry; part: number }[]>();
  for (const entry of entries) {
    const match = MESSENGER_FILE.exec(entry.name);
    if (!match) continue;
    const files = threads.get(match[1]!) ?? [];
    files.push({ entry, part: Number(match[2]) });
    threads.set(match[1]!, files);
  }
  if (threads.size === 0) return null;
  const available: ChatChoice[] = [...threads].map(([id, files]) => ({
    id,
    title: null,
    size: files.reduce((sum, file) => sum + file.entry.size, 0),
  }));
  const chosen = chooseChat(available, context.chat, context.warnings);
  const files = threads.get(chosen.id)!.sort((a, b) => a.part - b.part);
  const format = files.some((file) => /instagram/iu.test(file.entry.name)) ? 'instagram' : 'messenger';
  const messages: ConversationMessage[] = [];
  const sink = new MessageSink(context.limits, context.warnings, (message) => messages.push(message));
  const contents = files.map((file) => inflateEntry(bytes, file.entry, budget));
  const result = importJson(format, files[0]!.entry.name, contents, sink, context);
  const chats = threads.size > 1 ? { chosen: chosen.id, available } : undefined;
  return finishChat(format, result.title, messages, sink, context.warnings, chats);
}

function shallowestMatching(entries: readonly ZipEntry[], pattern: RegExp): ZipEntry | undefined {
  return entries.filter((entry) => pattern.test(baseName(entry.name))).sort((a, b) => depth(a.name) - depth(b.name))[0];
}

/**
 * Opens a zip export (WhatsApp with `_chat.txt` and media, Messenger/Instagram "Download your
 * information", a zipped Telegram export, or any zip holding one chat file) and imports the chat.
 * Only chat files are inflated, never media, and within `maxBytes` of actual output.
 */
export function importZip(name: string, bytes: Uint8Array, context: ImportContext): ImportedChat {
  const all = readZipDirectory(bytes, context.limits.maxZipEntries);
  const entries = safeEntries(all, context);
  if (all.length === 0) throw new ChatImportError('empty', 'the zip holds no files');
  if (entries.length === 0) throw new ChatImportError('unsupported_zip', 'its files are folders or have unsafe names');
  const budget: InflateBudget = { remaining: context.limits.maxBytes, limit: context.limits.maxBytes };

  const messenger = importMessengerThreads(bytes, entries, context, budget);
  if (messenger) return messenger;

  const telegram = shallowestMatching(entries, /^result\.json$/u);
  if (telegram) return importBytes('telegram', telegram.name, inflateEntry(bytes, telegram, budget), context);

  const whatsapp = shallowestMatching(entries, WHATSAPP_FILE);
  if (whatsapp) {
    const chat = importBytes('whatsapp', whatsapp.name, inflateEntry(bytes, whatsapp, budget), context);
    return { ...chat, title: chat.title ?? whatsAppTitle(name) };
  }

  const candidates = entries.filter((entry) => CANDIDATE_FILE.test(entry.name)).slice(0, MAX_CANDIDATES);
  for (const entry of candidates) {
    const content = inflateEntry(bytes, entry, budget);
    const format = detectChatFormat(entry.name, content.subarray(0, HEAD_BYTES));
    if (format !== null && format !== 'zip') return importBytes(format, entry.name, content, context);
  }
  throw new ChatImportError(
    'unsupported_zip',
    `no chat export inside (it holds ${entries.length} files, such as ${excerptOf(entries[0]!.name)}); ` +
      'expected _chat.txt, result.json or messages/inbox/…/message_1.json',
  );
}
