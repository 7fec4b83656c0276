import { CATALOG } from '../indicators/catalog/index.ts';
import { createConversationAnalyzerFor, type ConversationAnalyzer } from './conversation-analyzer.ts';
import type { AnalyzeConversationOptions, ConversationAnalysis, ConversationMessage } from './types.ts';

export { OTHER_AUTHORS, createConversationAnalyzerFor } from './conversation-analyzer.ts';
export type { ConversationAnalyzer } from './conversation-analyzer.ts';

/**
 * Creates an incremental conversation analyzer over the detector's catalogue (the reviewed
 * built-in one when no detector is given): push messages in order, ask for the result at any time.
 */
export function createConversationAnalyzer(options: AnalyzeConversationOptions = {}): ConversationAnalyzer {
  return createConversationAnalyzerFor(options.detector?.catalog.indicators ?? CATALOG, options);
}

/**
 * Analyses a whole conversation: the harms it shows and who carries them, the stage timeline,
 * the first message at which the risk became high, per-author profiles and the key messages, all
 * with evidence in the messages' own words.
 *
 * @example analyzeConversation([{ author: 'A', time: null, text: 'hi' }]).risk // 'none'
 */
export function analyzeConversation(
  messages: Iterable<ConversationMessage>,
  options: AnalyzeConversationOptions = {},
): ConversationAnalysis {
  const analyzer = createConversationAnalyzer(options);
  for (const message of messages) analyzer.push(message);
  return analyzer.result();
}
