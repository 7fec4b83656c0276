/** Messages between the page and the detection worker. */
import type { Analysis, ConversationAnalysis, Hotline } from '@raksa/detect';

export interface CheckOptions {
  /** Language of labels, explanations and advice. */
  adviceLanguage: 'en' | 'km';
  /** ISO country whose hotlines to list; the engine guesses from the text when absent. */
  country?: string;
}

/** A chat export as the page read it from the file the user dropped or picked. */
export interface ChatFileInput {
  name: string;
  bytes: Uint8Array;
}

export interface ChatOptions {
  /** Language of labels, advice and the "Person A" labels of the redacted view. */
  adviceLanguage: 'en' | 'km';
  /** ISO country of the reader, for hotlines; without it only international services are listed. */
  country?: string;
}

export type WorkerRequest =
  | { id: number; kind: 'warm-up'; language: 'en' | 'km' }
  | { id: number; kind: 'analyze'; text: string; options: CheckOptions }
  | { id: number; kind: 'analyze-chat'; file: ChatFileInput; options: ChatOptions };

export interface WorkerError {
  code: string;
  message: string;
}

/** How far a chat check has got: the import, then the analysis message by message. */
export interface ChatProgress {
  phase: 'reading' | 'analysing';
  /** Messages analysed so far (0 while reading). */
  done: number;
  /** Messages in the chat (0 while reading). */
  total: number;
}

/** What the import says about the file, without the messages themselves. */
export interface ChatImportSummary {
  format: string;
  title: string | null;
  participants: number;
  messages: number;
  systemMessages: number;
  mediaMessages: number;
  /** Problems inside the file the importer worked around (some lines may be missing). */
  warnings: number;
  /** Whether the messages were cut at the page's limit. */
  truncated: boolean;
  /** In a multi-chat export, how many conversations it holds (the biggest is checked). */
  chatsAvailable: number;
}

/** Advice and hotlines for a conversation's harms. */
export interface ChatHelp {
  advice: string[];
  hotlines: Hotline[];
}

/** A chat's analysis, as shown, and the same with names, numbers and accounts masked. */
export interface ChatReportData {
  chat: ChatImportSummary;
  analysis: ConversationAnalysis;
  redacted: { analysis: ConversationAnalysis; title: string | null };
  help: ChatHelp;
  importMs: number;
  analyzeMs: number;
}

export type WorkerResponse =
  | { id: number; ok: true; kind: 'ready'; compileMs: number }
  | { id: number; ok: true; kind: 'analysis'; analysis: Analysis; analyzeMs: number }
  | { id: number; ok: true; kind: 'chat-progress'; progress: ChatProgress }
  | { id: number; ok: true; kind: 'chat-report'; report: ChatReportData }
  | { id: number; ok: false; error: WorkerError };
