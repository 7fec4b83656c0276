import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { CONVERSATION_STAGES, HARMS, type ConversationMessage, type ConversationStage, type Harm } from '@raksa/detect';
import { z } from 'zod';
import { readLines } from '../scan/read-lines.ts';

const STAGE_NAMES = [...new Set(Object.values(CONVERSATION_STAGES).flat())] as [
  ConversationStage,
  ...ConversationStage[],
];

const LabelledConversationLine = z.object({
  id: z.string().min(1).max(512),
  language: z.string().min(1).max(35),
  label: z.object({
    harms: z.array(z.enum(HARMS)),
    offender: z.string().nullable(),
    target: z.string().nullable().optional(),
    stages: z.array(
      z.object({ harm: z.enum(HARMS), stage: z.enum(STAGE_NAMES), messageIndex: z.number().int().min(0) }),
    ),
    group: z.enum(['harmful', 'hard_negative']),
    note: z.string().optional(),
  }),
  messages: z
    .array(
      z.object({
        author: z.string(),
        time: z.string().nullable().optional(),
        text: z.string(),
        // What the export says was attached (`image`, `video`…): the analysis reads it as an exporter gives it.
        media: z.array(z.string().max(64)).max(64).optional(),
      }),
    )
    .min(1),
});

/** One labelled conversation of the conversation corpus. */
export interface LabelledConversation {
  id: string;
  language: string;
  harms: Harm[];
  offender: string | null;
  target: string | null;
  stages: { harm: Harm; stage: ConversationStage; messageIndex: number }[];
  group: 'harmful' | 'hard_negative';
  messages: ConversationMessage[];
}

export interface LabelledConversationFile {
  conversations: LabelledConversation[];
  /** One message per rejected line: `file:line: reason`. */
  errors: string[];
}

/** Lines longer than this (a conversation of megabytes) are rejected, not buffered. */
const MAX_LINE_BYTES = 32 * 1024 * 1024;

/**
 * Reads labelled conversations
 * `{"id","language","label":{"harms","offender","target","stages","group","note"},"messages":[…]}`,
 * line by line. Bad lines (invalid JSON or shape, duplicate ids, stage indices outside the
 * conversation, a harmful conversation without harms) are reported with file and line.
 */
export async function loadLabelledConversations(path: string): Promise<LabelledConversationFile> {
  const info = await stat(path).catch((error: unknown) => {
    throw new Error(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`, { cause: error });
  });
  if (!info.isFile()) throw new Error(`cannot read ${path}: not a file`);
  const conversations: LabelledConversation[] = [];
  const errors: string[] = [];
  const ids = new Set<string>();
  for await (const line of readLines(createReadStream(path, { highWaterMark: 1 << 20 }), MAX_LINE_BYTES)) {
    const where = `${path}:${line.number}`;
    if (line.bytes === undefined) {
      errors.push(`${where}: line of ${line.size} bytes is over the limit`);
      continue;
    }
    const raw = line.bytes.toString('utf8').trim();
    if (raw.length === 0) continue;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      errors.push(`${where}: not valid JSON`);
      continue;
    }
    const parsed = LabelledConversationLine.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      errors.push(`${where}: ${issue?.path.join('.') ?? ''} ${issue?.message ?? 'invalid'}`.trim());
      continue;
    }
    const { id, language, label, messages } = parsed.data;
    if (ids.has(id)) {
      errors.push(`${where}: duplicate id "${id}"`);
      continue;
    }
    const outside = label.stages.find((stage) => stage.messageIndex >= messages.length);
    if (outside !== undefined) {
      errors.push(
        `${where}: stage ${outside.stage} at message ${outside.messageIndex} is outside the ${messages.length} messages`,
      );
      continue;
    }
    if ((label.group === 'harmful') !== label.harms.length > 0) {
      errors.push(`${where}: group "${label.group}" does not match harms [${label.harms.join(', ')}]`);
      continue;
    }
    ids.add(id);
    conversations.push({
      id,
      language,
      harms: label.harms,
      offender: label.offender,
      target: label.target ?? null,
      stages: label.stages,
      group: label.group,
      messages: messages.map((message) => ({
        author: message.author,
        time: message.time ?? null,
        text: message.text,
        ...(message.media === undefined ? {} : { media: message.media }),
      })),
    });
  }
  return { conversations, errors };
}
