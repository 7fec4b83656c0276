import { dirname } from 'node:path';
import { analyzeConversation, createDetector } from '@raksa/detect';
import { EXIT_FAILURE, EXIT_OK, write, type Io } from '../io.ts';
import { loadLabelledConversations, type LabelledConversation } from './conversation-labelled.ts';
import {
  conversationMetrics,
  describeConversationErrors,
  outcomeOf,
  type ConversationOutcome,
} from './conversation-metrics.ts';
import { renderConversationMarkdown, type ConversationReport } from './conversation-report.ts';

function describeFiles(files: readonly string[]): string {
  if (files.length === 1) return files[0] ?? '';
  const dirs = new Set(files.map((file) => dirname(file)));
  return dirs.size === 1 ? `${[...dirs][0]}/*.jsonl (${files.length} files)` : `${files.length} files`;
}

/** `raksa eval --conversations FILE…`: analyses every labelled conversation and prints the figures. */
export async function evaluateConversations(
  files: readonly string[],
  options: { threshold: number; json: boolean; showErrors: boolean; command: string; io: Io },
): Promise<number> {
  const { io } = options;
  const conversations: LabelledConversation[] = [];
  let failed = false;
  for (const file of files) {
    const loaded = await loadLabelledConversations(file);
    for (const error of loaded.errors) io.stderr.write(`raksa eval: invalid_row: ${error}\n`);
    if (loaded.errors.length > 0) failed = true;
    conversations.push(...loaded.conversations);
  }
  const detector = createDetector();
  const outcomes: ConversationOutcome[] = conversations.map((conversation) =>
    outcomeOf(conversation, analyzeConversation(conversation.messages, { detector, threshold: options.threshold })),
  );
  const languages = [...new Set(outcomes.map((o) => o.conversation.language))].sort();
  const report: ConversationReport = {
    source: describeFiles(files),
    overall: conversationMetrics(outcomes),
    byLanguage: languages.map((language) => ({
      language,
      metrics: conversationMetrics(outcomes.filter((o) => o.conversation.language === language)),
    })),
  };
  if (options.json)
    await write(
      io.stdout,
      `${JSON.stringify({ command: options.command, threshold: options.threshold, report }, null, 2)}\n`,
    );
  else await write(io.stdout, `${renderConversationMarkdown(report, options.command, options.showErrors)}\n`);
  if (options.showErrors) {
    const errors = outcomes.flatMap(describeConversationErrors);
    await write(io.stdout, `\nErrors (${errors.length}):\n${errors.join('\n')}\n`);
  }
  return failed ? EXIT_FAILURE : EXIT_OK;
}
