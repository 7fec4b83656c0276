import type { ConversationMessage } from '@raksa/detect';

/** The chat exports Raksa reads. */
export const CHAT_FORMATS = [
  'whatsapp',
  'telegram',
  'messenger',
  'instagram',
  'line',
  'discord',
  'csv',
  'jsonl',
] as const;
export type ChatFormat = (typeof CHAT_FORMATS)[number];

/** What `detectChatFormat` can tell from a file's first bytes: a format, or a zip to open. */
export type DetectedFormat = ChatFormat | 'zip';

export type ImportWarningCode =
  | 'invalid_utf8'
  | 'lone_surrogate'
  | 'orphan_text'
  | 'line_truncated'
  | 'message_truncated'
  | 'malformed_line'
  | 'bad_time'
  | 'date_order_assumed'
  | 'date_order_conflict'
  | 'buddhist_era'
  | 'out_of_order'
  | 'reordered'
  | 'max_messages'
  | 'multiple_chats'
  | 'unsafe_zip_path'
  | 'zip_entry_skipped'
  | 'too_many_participants'
  | 'warnings_truncated';

export interface ImportWarning {
  code: ImportWarningCode;
  message: string;
  /** 1-based line (text formats) where the problem is. */
  line?: number;
  /** The start of the text concerned, so nothing the file said is silently lost (at most 200 characters). */
  excerpt?: string;
}

/** One conversation held in a multi-chat export (Telegram account export, Messenger/Instagram zip). */
export interface ChatChoice {
  id: string;
  title: string | null;
  /** Messages (Telegram) or bytes of message files (Messenger zip), to pick the biggest. */
  size: number;
}

export interface ChatCounts {
  /** Messages returned. */
  messages: number;
  /** System lines skipped ("X added Y", "Messages and calls are end-to-end encrypted", service messages). */
  systemMessages: number;
  /** Messages that mention an attachment. */
  mediaMessages: number;
}

export interface ImportedChat {
  format: ChatFormat;
  /** The chat's name when the export gives one (group name, the other person, `guild / #channel`). */
  title: string | null;
  /** Authors in order of first appearance (plus listed participants who never wrote). */
  participants: string[];
  messages: ConversationMessage[];
  warnings: ImportWarning[];
  counts: ChatCounts;
  /** When the export holds several conversations: all of them (the one imported is `chosen`). */
  chats?: { chosen: string; available: ChatChoice[] };
}

export interface ImportLimits {
  /** Stop after this many messages (a `max_messages` warning says so). Default 1,000,000. */
  maxMessages?: number;
  /**
   * The most bytes read: the file itself for JSON formats, and the inflated chat files of a zip.
   * Default 256 MiB. Text formats (WhatsApp, LINE, CSV, JSONL) are read line by line and are not
   * capped by `importChat` beyond the bytes the caller already holds; `streamChat` never holds them.
   */
  maxBytes?: number;
  /** A longer line is cut (a `line_truncated` warning). Default 1 MiB characters. */
  maxLineChars?: number;
  /** A longer message (many continuation lines) is cut (a `message_truncated` warning). Default 1 MiB characters. */
  maxMessageChars?: number;
  /** Zip files with more entries are refused (`zip_bomb`). Default 200,000. */
  maxZipEntries?: number;
  /** Warnings kept; the rest are counted in one `warnings_truncated`. Default 1,000. */
  maxWarnings?: number;
}

export interface ImportOptions extends ImportLimits {
  /** Skip detection and read the file as this format (a zip is still opened). */
  format?: ChatFormat;
  /** In a multi-chat export, the chat to import: its id or its title. Default: the biggest. */
  chat?: string;
}

export interface StreamOptions extends ImportOptions {
  /** Called for each warning as it happens (they are also in the summary the generator returns). */
  onWarning?: (warning: ImportWarning) => void;
}

/** What `streamChat`'s generator returns when it is done (the messages themselves were yielded). */
export type StreamSummary = Omit<ImportedChat, 'messages'>;

export type { ConversationMessage };
