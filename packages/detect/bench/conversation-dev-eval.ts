/**
 * Development aid: traces conversations of the DEVELOPMENT split message by message (risk after
 * each message, the tags the analyzer read, and the final harms per author), to see where an alert
 * comes and why a conversation is missed. Never run it on a held-out split.
 *
 *   npx tsx packages/detect/bench/conversation-dev-eval.ts FILE.jsonl [ID…]
 */
import { readFileSync } from 'node:fs';
import { conversationCatalog } from '../src/conversation/conversation-catalog.ts';
import { CATALOG } from '../src/indicators/catalog/index.ts';
import { analyzeMessage } from '../src/conversation/analyze-message.ts';
import { createConversationAnalyzer, type ConversationMessage } from '../src/index.ts';

interface LabelledConversation {
  id: string;
  label: { harms: string[]; offender?: string | null; stages?: { stage: string; messageIndex: number }[] };
  messages: ConversationMessage[];
}

const [file, ...ids] = process.argv.slice(2);
if (file === undefined || file.includes('/test/'))
  throw new Error('usage: conversation-dev-eval.ts DEV_FILE.jsonl [ID…]');
const catalog = conversationCatalog(CATALOG);
const out: string[] = [];
for (const line of readFileSync(file, 'utf8').split('\n')) {
  if (line.trim() === '') continue;
  const conversation = JSON.parse(line) as LabelledConversation;
  if (ids.length > 0 && !ids.includes(conversation.id)) continue;
  out.push(
    `=== ${conversation.id} ${JSON.stringify(conversation.label.harms)} offender=${conversation.label.offender ?? '-'}`,
  );
  const stages = new Map((conversation.label.stages ?? []).map((s) => [s.messageIndex, s.stage]));
  const analyzer = createConversationAnalyzer();
  conversation.messages.forEach((message, index) => {
    analyzer.push(message);
    const tags = [...analyzeMessage(catalog, message.text, 10_000).tags.keys()].join(',');
    const risk = analyzer.result().timeline.at(-1)?.risk ?? 0;
    const stage = stages.get(index) ?? '';
    out.push(
      `${String(index).padStart(3)} ${risk.toFixed(2)} ${stage.padEnd(14)} ${message.author.padEnd(12)} ${message.text.slice(0, 90)}  [${tags}]`,
    );
  });
  const result = analyzer.result();
  out.push(`-> risk ${result.risk} offender ${result.offender ?? '-'} alert ${result.alert?.messageIndex ?? '-'}`);
  for (const author of result.authors) {
    out.push(
      `   ${author.author} ages=${author.statedAges.join('/')} ${author.harms.map((h) => `${h.type}:${h.score}`).join(' ')}`,
    );
  }
}
process.stdout.write(`${out.join('\n')}\n`);
