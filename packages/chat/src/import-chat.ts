import { describeBinary, detectChatFormat, HEAD_BYTES } from './detect-format.ts';
import { ChatImportError } from './errors.ts';
import { importBytes, type ImportContext } from './import-bytes.ts';
import { resolveLimits } from './limits.ts';
import { CHAT_FORMATS, type ChatFormat, type ImportOptions, type ImportedChat } from './types.ts';
import { WarningSink } from './warnings.ts';
import { importZip } from './zip/import-zip.ts';

export interface ChatFile {
  /** The file name as the user gave it (used for detection after the content, and for WhatsApp's chat name). */
  name: string;
  bytes: Uint8Array;
}

/** Only whitespace and byte-order marks (looked at in the first 64 KB; a longer file is not blank). */
export function isBlank(bytes: Uint8Array): boolean {
  for (let at = 0; at < Math.min(bytes.length, HEAD_BYTES); at++) {
    const byte = bytes[at]!;
    if (
      byte !== 0x20 &&
      byte !== 0x09 &&
      byte !== 0x0a &&
      byte !== 0x0d &&
      byte !== 0xef &&
      byte !== 0xbb &&
      byte !== 0xbf
    )
      return false;
  }
  return bytes.length <= HEAD_BYTES;
}

/** The format to read a file as, or a `ChatImportError` saying why it cannot be read. */
export function resolveFormat(name: string, head: Uint8Array, wanted: ChatFormat | undefined): ChatFormat | 'zip' {
  if (wanted !== undefined && !(CHAT_FORMATS as readonly string[]).includes(wanted)) {
    throw new ChatImportError(
      'invalid_option',
      `format must be one of ${CHAT_FORMATS.join(', ')}, received ${String(wanted)}`,
    );
  }
  const detected = detectChatFormat(name, head);
  if (detected === 'zip') return 'zip';
  if (wanted) return wanted;
  if (detected !== null) return detected;
  const binary = describeBinary(head);
  throw new ChatImportError(
    'unknown_format',
    binary
      ? `${name} is a ${binary}`
      : `${name} is text, but has neither chat-export dates nor an author/time/text header`,
  );
}

/** Runs an import with given limits and warning sink (shared by `importChat` and `streamChat`). */
export function importWith(file: ChatFile, options: ImportOptions, context: ImportContext): ImportedChat {
  if (isBlank(file.bytes)) throw new ChatImportError('empty', file.name);
  const format = resolveFormat(file.name, file.bytes.subarray(0, HEAD_BYTES), options.format);
  if (format === 'zip') return importZip(file.name, file.bytes, context);
  return importBytes(format, file.name, file.bytes, context);
}

/**
 * Imports a chat export held in memory: WhatsApp (.txt or .zip), Telegram result.json, Messenger
 * or Instagram JSON (or their zip), LINE .txt, Discord JSON, CSV or JSONL. The format is detected
 * from the content unless given. Throws `ChatImportError` when the file cannot be read at all;
 * problems inside a readable file are `warnings`.
 */
export function importChat(file: ChatFile, options: ImportOptions = {}): ImportedChat {
  const limits = resolveLimits(options);
  const warnings = new WarningSink(limits.maxWarnings);
  return importWith(file, options, { limits, warnings, chat: options.chat });
}
