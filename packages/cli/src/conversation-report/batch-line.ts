import type { ConversationAnalysis, ConversationMessage, Evidence, HarmFinding } from '@raksa/detect';
import { z } from 'zod';
import { createRedactor, type Redactor } from '@raksa/detect';

const MAX_ID_LENGTH = 512;

/** One input line of `raksa analyze --jsonl`. */
export const BatchInputLine = z.object({
  id: z.string().min(1).max(MAX_ID_LENGTH),
  messages: z.array(
    z.object({
      author: z.string().max(1000),
      time: z.string().max(64).nullable().optional(),
      text: z.string(),
    }),
  ),
});

export type BatchInput = z.infer<typeof BatchInputLine>;

type PresentedEvidence = { start: number; end: number; text: string; messageIndex?: number };

function presentEvidence(
  evidence: Evidence & { messageIndex?: number },
  redactor: Redactor | undefined,
): PresentedEvidence {
  const text = redactor === undefined ? evidence.text : redactor.string(evidence.text);
  return evidence.messageIndex === undefined
    ? { start: evidence.start, end: evidence.end, text }
    : { start: evidence.start, end: evidence.end, text, messageIndex: evidence.messageIndex };
}

/** Harms in the shape of `raksa scan`'s output; conversation evidence also names its message. */
function presentHarms(harms: readonly HarmFinding[], redactor: Redactor | undefined): unknown[] {
  return harms.map((harm) => ({
    type: harm.type,
    score: harm.score,
    indicators: harm.indicators.map((indicator) => ({
      id: indicator.id,
      label: indicator.label,
      evidence: indicator.evidence.map((evidence) => presentEvidence(evidence, redactor)),
    })),
  }));
}

/**
 * The output line for one conversation:
 * `{"id","risk","harms","offender","alert":{"messageIndex","time"}|null,"stages":[{"harm","stage","messageIndex"}],"authors":[{"author","risk","harms"}]}`.
 * With `redact`, authors become "Person A"… and evidence texts are masked (their offsets still
 * refer to the original messages).
 */
export function presentBatchResult(id: string, analysis: ConversationAnalysis, redact: boolean): string {
  const redactor = redact
    ? createRedactor({ authors: analysis.authors.map((a) => a.author), entities: analysis.entities, language: 'en' })
    : undefined;
  const author = (name: string): string => (redactor === undefined ? name : redactor.author(name));
  return JSON.stringify({
    id,
    risk: analysis.risk,
    harms: presentHarms(analysis.harms, redactor),
    offender: analysis.offender === null ? null : author(analysis.offender),
    alert: analysis.alert === null ? null : { messageIndex: analysis.alert.messageIndex, time: analysis.alert.time },
    stages: analysis.stages.map((stage) => ({
      harm: stage.harm,
      stage: stage.stage,
      messageIndex: stage.messageIndex,
    })),
    authors: analysis.authors.map((profile) => ({
      author: author(profile.author),
      risk: profile.risk,
      harms: presentHarms(profile.harms, redactor),
    })),
  });
}

export function batchErrorLine(line: number, id: string | null, code: string, message: string): string {
  return JSON.stringify({ id, line, error: { code, message } });
}

function idOf(value: unknown): string | null {
  if (typeof value !== 'object' || value === null) return null;
  const id = (value as { id?: unknown }).id;
  return typeof id === 'string' ? id.slice(0, MAX_ID_LENGTH) : null;
}

/**
 * Analyses one input line with `analyze`; never throws. `bytes` is undefined for a line longer
 * than the reader's limit. Returns the output line and whether it is an error line.
 */
export function analyzeBatchLine(
  bytes: Buffer | undefined,
  lineNumber: number,
  size: number,
  analyze: (messages: ConversationMessage[]) => ConversationAnalysis,
  redact: boolean,
): { output: string; failed: boolean } | undefined {
  if (bytes === undefined)
    return {
      output: batchErrorLine(
        lineNumber,
        null,
        'line_too_long',
        `line ${lineNumber} has ${size} bytes, over the limit; it was skipped`,
      ),
      failed: true,
    };
  const raw = bytes.toString('utf8');
  if (raw.trim().length === 0) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch (error) {
    const reason = error instanceof Error ? error.message.slice(0, 120) : 'invalid JSON';
    return {
      output: batchErrorLine(lineNumber, null, 'invalid_json', `line ${lineNumber} is not valid JSON (${reason})`),
      failed: true,
    };
  }
  const result = BatchInputLine.safeParse(parsed);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue?.path.join('.') ?? '';
    const message = `line ${lineNumber}: expected {"id": string, "messages": [{"author", "time", "text"}]}; ${where.length > 0 ? `${where}: ` : ''}${issue?.message ?? 'invalid'}`;
    return { output: batchErrorLine(lineNumber, idOf(parsed), 'invalid_line', message), failed: true };
  }
  const { id, messages } = result.data;
  try {
    const analysis = analyze(messages.map((m) => ({ author: m.author, time: m.time ?? null, text: m.text })));
    return { output: presentBatchResult(id, analysis, redact), failed: false };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { output: batchErrorLine(lineNumber, id, 'analysis_failed', message.slice(0, 200)), failed: true };
  }
}
