export type ChatImportErrorCode =
  | 'empty'
  | 'unknown_format'
  | 'malformed'
  | 'too_large'
  | 'zip_bomb'
  | 'unsupported_zip'
  | 'unsupported_format'
  | 'invalid_option';

/** The exports Raksa reads, as the error messages name them. */
export const EXPECTED_FORMATS =
  'WhatsApp .txt or .zip ("Export chat"), Telegram Desktop result.json (or its zip), ' +
  'Facebook Messenger or Instagram "Download your information" JSON or zip (message_1.json), ' +
  'LINE .txt ("Export chat history"), Discord JSON (DiscordChatExporter), ' +
  'or a CSV / JSONL file with author, time and text columns';

const MESSAGES: Record<ChatImportErrorCode, (detail: string) => string> = {
  empty: (detail) => `The file is empty${detail ? ` (${detail})` : ''}. Expected: ${EXPECTED_FORMATS}.`,
  unknown_format: (detail) =>
    `This file is not a chat export Raksa can read${detail ? ` (${detail})` : ''}. Expected: ${EXPECTED_FORMATS}.`,
  malformed: (detail) => `The chat export is damaged or incomplete: ${detail}`,
  too_large: (detail) => `The chat export is too large: ${detail}`,
  zip_bomb: (detail) => `The zip file was refused because it expands too much: ${detail}`,
  unsupported_zip: (detail) =>
    `The zip file cannot be read: ${detail}. Expected a zip holding one of: ${EXPECTED_FORMATS}.`,
  unsupported_format: (detail) => `This format cannot be read this way: ${detail}`,
  invalid_option: (detail) => `Invalid option: ${detail}`,
};

/** Thrown when a file cannot be imported at all; a problem inside a good file is a warning instead. */
export class ChatImportError extends Error {
  readonly code: ChatImportErrorCode;
  constructor(code: ChatImportErrorCode, detail = '', options?: { cause?: unknown }) {
    super(MESSAGES[code](detail), options);
    this.name = 'ChatImportError';
    this.code = code;
  }
}
