import { guessDelimiter } from './tabular/csv-parser.ts';
import { FIELD_NAMES, mapColumns, pick } from './tabular/columns.ts';
import type { DetectedFormat } from './types.ts';
import { parseHeader } from './whatsapp/header.ts';

/** How much of a file detection reads. */
export const HEAD_BYTES = 64 * 1024;
const LINES_LOOKED_AT = 60;

const lenient = new TextDecoder('utf-8');
const utf16le = new TextDecoder('utf-16le');
const utf16be = new TextDecoder('utf-16be');

const TELEGRAM_KEYS =
  /"(?:date_unixtime|from_id|text_entities|personal_information|saved_messages)"|"type"\s*:\s*"(?:personal_chat|private_group|private_supergroup|public_supergroup|private_channel|public_channel|bot_chat|saved_messages)"/u;
const MESSENGER_KEYS =
  /"(?:sender_name|timestamp_ms|senderName|is_still_participant|thread_path|magic_words|threadName)"/u;
const LINE_MESSAGE = /^(?:(?:午前|午後|AM|PM)\s?)?\d{1,2}:\d{2}(?:\s?(?:AM|PM))?\t[^\t]*\t/u;

const MAGIC: [string, number[]][] = [
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['PDF document', [0x25, 0x50, 0x44, 0x46]],
  ['gzip file', [0x1f, 0x8b]],
  ['7-Zip archive', [0x37, 0x7a, 0xbc, 0xaf]],
  ['RAR archive', [0x52, 0x61, 0x72, 0x21]],
  ['SQLite database', [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65]],
];

function startsWith(head: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((byte, index) => head[index] === byte);
}

export function isZip(head: Uint8Array): boolean {
  return head[0] === 0x50 && head[1] === 0x4b && (head[2] === 3 || head[2] === 5) && (head[3] === 4 || head[3] === 6);
}

/** Names what a file that is not text is (`PNG image`, `binary data`), or null when it is text. */
export function describeBinary(head: Uint8Array): string | null {
  for (const [name, magic] of MAGIC) if (startsWith(head, magic)) return name;
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) return null;
  const sample = head.subarray(0, 4096);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return 'binary data';
    if (byte < 9 || (byte > 13 && byte < 32 && byte !== 27)) control++;
  }
  return control > sample.length / 20 ? 'binary data' : null;
}

function headText(head: Uint8Array): string {
  const sample = head.subarray(0, HEAD_BYTES);
  if (sample[0] === 0xff && sample[1] === 0xfe) return utf16le.decode(sample.subarray(2));
  if (sample[0] === 0xfe && sample[1] === 0xff) return utf16be.decode(sample.subarray(2));
  return lenient.decode(sample).replace(/^\uFEFF/u, '');
}

function detectJson(text: string, fileName: string): DetectedFormat | null {
  const firstLine = text.slice(0, text.indexOf('\n') === -1 ? text.length : text.indexOf('\n')).trim();
  if (firstLine.startsWith('{') && firstLine.endsWith('}')) {
    try {
      const first: unknown = JSON.parse(firstLine);
      const rest = text.slice(firstLine.length).trimStart();
      const isMessage =
        typeof first === 'object' &&
        first !== null &&
        typeof pick(first as Record<string, unknown>, FIELD_NAMES.text) === 'string';
      if (isMessage && (rest === '' || rest.startsWith('{'))) return 'jsonl';
    } catch {
      // not one object per line: a whole-file JSON document
    }
  }
  if (TELEGRAM_KEYS.test(text)) return 'telegram';
  if (/"guild"\s*:/u.test(text) && /"channel"\s*:/u.test(text)) return 'discord';
  if (MESSENGER_KEYS.test(text)) return /instagram/iu.test(fileName) ? 'instagram' : 'messenger';
  return null;
}

function detectByName(fileName: string): DetectedFormat | null {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.zip')) return 'zip';
  if (lower.endsWith('.csv') || lower.endsWith('.tsv')) return 'csv';
  if (lower.endsWith('.jsonl') || lower.endsWith('.ndjson')) return 'jsonl';
  return null;
}

/**
 * Tells which export a file is from its first bytes (at least the first 64 KB for a reliable
 * answer), the content first and the file name second. `zip` means: open it to see. Null when it
 * is none Raksa reads.
 */
export function detectChatFormat(fileName: string, head: Uint8Array): DetectedFormat | null {
  if (head.length === 0) return null;
  if (isZip(head)) return 'zip';
  if (describeBinary(head) !== null) return null;
  const text = headText(head);
  const trimmed = text.trimStart();
  if (trimmed.startsWith('[LINE]')) return 'line';
  const lines = trimmed.split(/\r\n|\r|\n/u, LINES_LOOKED_AT);
  // iOS WhatsApp lines start with "[" too: "[31/12/2023, 21:41:05] Dara: hi".
  if (lines.some((line) => parseHeader(line) !== null)) return 'whatsapp';
  if (trimmed.startsWith('{') || trimmed.startsWith('['))
    return detectJson(trimmed, fileName) ?? detectByName(fileName);
  if (lines.some((line) => LINE_MESSAGE.test(line))) return 'line';
  const header = lines[0] ?? '';
  const delimiter = guessDelimiter(header);
  if (mapColumns(header.split(delimiter).map((name) => name.replace(/^"|"$/gu, ''))) !== null) return 'csv';
  return detectByName(fileName);
}
