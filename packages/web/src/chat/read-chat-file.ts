/** Reading the chosen file in the page, with the size cap, and the reader's words for each failure. */
import { EngineError } from '../engine/detector-client.ts';
import { MAX_CHAT_FILE_BYTES } from '../engine/chat-limits.ts';
import type { ChatFileInput } from '../engine/protocol.ts';
import type { ChatStrings } from './chat-strings-en.ts';

export { MAX_CHAT_FILE_BYTES };

/** The import errors the page explains in plain words (the codes of `ChatImportError`). */
const IMPORT_ERROR_KEYS = [
  'empty',
  'unknown_format',
  'malformed',
  'too_large',
  'zip_bomb',
  'unsupported_zip',
  'unsupported_format',
  'invalid_option',
] as const;

export type ChatErrorKey = keyof ChatStrings['errors'] & ((typeof IMPORT_ERROR_KEYS)[number] | 'unreadable' | 'engine');

export interface ChatFailure {
  /** The string to show (`chatStrings.errors[key]`). */
  key: ChatErrorKey;
  /** The code as the importer or the engine gave it. */
  code: string;
  /** The importer's own message, in English, for whoever helps the reader. */
  detail?: string;
}

/** A failure of the chat check in the reader's terms, from the worker's typed error. */
export function chatErrorMessage(error: unknown): ChatFailure {
  if (error instanceof EngineError) {
    const key = (IMPORT_ERROR_KEYS as readonly string[]).includes(error.code)
      ? (error.code as (typeof IMPORT_ERROR_KEYS)[number])
      : 'engine';
    return { key, code: error.code, detail: error.message };
  }
  return { key: 'engine', code: 'engine_failed', ...(error instanceof Error ? { detail: error.message } : {}) };
}

/** The file's bytes, or why they cannot be checked (too big, unreadable). */
export async function readChatFile(
  file: Pick<File, 'name' | 'size' | 'arrayBuffer'>,
): Promise<{ ok: true; file: ChatFileInput } | { ok: false; failure: ChatFailure }> {
  if (file.size > MAX_CHAT_FILE_BYTES)
    return {
      ok: false,
      failure: {
        key: 'too_large',
        code: 'too_large',
        detail: `${file.name} is ${file.size.toLocaleString('en-US')} bytes`,
      },
    };
  try {
    return { ok: true, file: { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) } };
  } catch (error) {
    return {
      ok: false,
      failure: {
        key: 'unreadable',
        code: 'unreadable',
        detail: error instanceof Error ? error.message : String(error),
      },
    };
  }
}
