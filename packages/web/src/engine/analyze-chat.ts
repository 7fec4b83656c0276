/**
 * The chat check, in the worker: import the export with @raksa/chat, analyse it message by
 * message with the engine's conversation analyser, reporting progress, then mask a copy and look
 * up advice and hotlines. Nothing leaves the device.
 */
import { ChatImportError, importChat } from '@raksa/chat';
import { createConversationAnalyzerFor, type Detector } from '@raksa/detect';
import { helpForHarms } from '../chat/help-for-harms.ts';
import { redactAnalysis, redactorFor } from '@raksa/detect';
import { MAX_CHAT_FILE_BYTES, MAX_CHAT_INFLATED_BYTES, MAX_CHAT_MESSAGES } from './chat-limits.ts';
import type { ChatFileInput, ChatOptions, ChatProgress, ChatReportData } from './protocol.ts';

/** Progress is reported at most this often. */
const PROGRESS_EVERY_MS = 100;

export interface AnalyzeChatDependencies {
  detector: Detector;
  now: () => number;
  onProgress: (progress: ChatProgress) => void;
}

export type AnalyzeChat = typeof analyzeChat;

export function analyzeChat(file: ChatFileInput, options: ChatOptions, deps: AnalyzeChatDependencies): ChatReportData {
  if (!(file.bytes instanceof Uint8Array))
    throw new ChatImportError('invalid_option', 'the file must be given as bytes');
  if (file.bytes.byteLength > MAX_CHAT_FILE_BYTES)
    throw new ChatImportError(
      'too_large',
      `${file.name} is ${file.bytes.byteLength.toLocaleString('en-US')} bytes; at most ${MAX_CHAT_FILE_BYTES.toLocaleString('en-US')} can be checked here`,
    );
  const started = deps.now();
  deps.onProgress({ phase: 'reading', done: 0, total: 0 });
  const chat = importChat(
    { name: file.name, bytes: file.bytes },
    { maxBytes: MAX_CHAT_INFLATED_BYTES, maxMessages: MAX_CHAT_MESSAGES },
  );
  const imported = deps.now();
  const analyzer = createConversationAnalyzerFor(deps.detector.catalog.indicators, {
    adviceLanguage: options.adviceLanguage,
  });
  const total = chat.messages.length;
  let reported = deps.now();
  deps.onProgress({ phase: 'analysing', done: 0, total });
  chat.messages.forEach((message, index) => {
    analyzer.push(message);
    const now = deps.now();
    if (now - reported >= PROGRESS_EVERY_MS) {
      reported = now;
      deps.onProgress({ phase: 'analysing', done: index + 1, total });
    }
  });
  const analysis = analyzer.result();
  const analysed = deps.now();
  const redactor = redactorFor(analysis, options.adviceLanguage);
  return {
    chat: {
      format: chat.format,
      title: chat.title,
      participants: chat.participants.length,
      messages: chat.counts.messages,
      systemMessages: chat.counts.systemMessages,
      mediaMessages: chat.counts.mediaMessages,
      warnings: chat.warnings.length,
      truncated: chat.warnings.some((warning) => warning.code === 'max_messages'),
      chatsAvailable: chat.chats?.available.length ?? 1,
    },
    analysis,
    redacted: {
      analysis: redactAnalysis(analysis, redactor),
      title: chat.title === null ? null : redactor.string(chat.title),
    },
    help: helpForHarms(
      analysis.harms.map((harm) => harm.type),
      options.adviceLanguage,
      options.country,
    ),
    importMs: imported - started,
    analyzeMs: analysed - imported,
  };
}
