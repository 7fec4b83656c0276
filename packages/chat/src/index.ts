// Detection
export { detectChatFormat } from './detect-format.ts';

// Import of a file held in memory, and of a stream of chunks
export { importChat } from './import-chat.ts';
export type { ChatFile } from './import-chat.ts';
export { streamChat } from './stream-chat.ts';

// Limits, errors, types
export { DEFAULT_LIMITS } from './limits.ts';
export { ChatImportError, EXPECTED_FORMATS } from './errors.ts';
export type { ChatImportErrorCode } from './errors.ts';
export { CHAT_FORMATS } from './types.ts';
export type {
  ChatChoice,
  ChatCounts,
  ChatFormat,
  ConversationMessage,
  DetectedFormat,
  ImportLimits,
  ImportOptions,
  ImportWarning,
  ImportWarningCode,
  ImportedChat,
  StreamOptions,
  StreamSummary,
} from './types.ts';

// Building blocks other tools may want
export { repairMojibake } from './text/mojibake.ts';
