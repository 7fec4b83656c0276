import { analyzeText, type Analysis } from '@raksa/detect';
import { z } from 'zod';

const MAX_ID_LENGTH = 512;

const InputLine = z.object({
  id: z.string().min(1).max(MAX_ID_LENGTH),
  text: z.string(),
  lang: z.string().max(35).optional(),
});

export interface ScanOptions {
  threshold: number;
  maxChars: number;
}

/** The output line for one analysed message (the documented `raksa scan` format). */
export function presentScanResult(id: string, analysis: Analysis): string {
  return JSON.stringify({
    id,
    language: analysis.language,
    risk: analysis.risk,
    harms: analysis.harms.map((harm) => ({
      type: harm.type,
      score: harm.score,
      indicators: harm.indicators.map((indicator) => ({
        id: indicator.id,
        label: indicator.label,
        evidence: indicator.evidence.map(({ start, end, text }) => ({ start, end, text })),
      })),
    })),
    entities: analysis.entities.map(({ type, value, normalized, start, end }) => ({ type, value, normalized, start, end })),
    warnings: analysis.warnings.map(({ code, message }) => ({ code, message })),
  });
}

function errorLine(line: number, id: string | null, code: string, message: string): string {
  return JSON.stringify({ id, line, error: { code, message } });
}

function idOf(value: unknown): string | null {
  if (typeof value !== 'object' || value === null) return null;
  const id = (value as { id?: unknown }).id;
  return typeof id === 'string' ? id.slice(0, MAX_ID_LENGTH) : null;
}

/**
 * Analyses one input line; never throws. Returns the output line and whether it is an error.
 * `bytes` is undefined for a line longer than the reader's limit.
 */
export function scanLine(bytes: Buffer | undefined, lineNumber: number, size: number, options: ScanOptions): { output: string; failed: boolean } {
  if (bytes === undefined) {
    return { output: errorLine(lineNumber, null, 'line_too_long', `line ${lineNumber} has ${size} bytes, over the limit; it was skipped`), failed: true };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(bytes.toString('utf8'));
  } catch (error) {
    const reason = error instanceof Error ? error.message.slice(0, 120) : 'invalid JSON';
    return { output: errorLine(lineNumber, null, 'invalid_json', `line ${lineNumber} is not valid JSON (${reason})`), failed: true };
  }
  const result = InputLine.safeParse(parsed);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue?.path.join('.') ?? '';
    const message = `line ${lineNumber}: expected {"id": string, "text": string, "lang"?: string}; ${where.length > 0 ? `${where}: ` : ''}${issue?.message ?? 'invalid'}`;
    return { output: errorLine(lineNumber, idOf(parsed), 'invalid_line', message), failed: true };
  }
  const { id, text, lang } = result.data;
  try {
    const analysis = analyzeText(text, {
      threshold: options.threshold,
      maxChars: options.maxChars,
      includeAdvice: false,
      ...(lang !== undefined ? { lang } : {}),
    });
    return { output: presentScanResult(id, analysis), failed: false };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { output: errorLine(lineNumber, id, 'analysis_failed', message.slice(0, 200)), failed: true };
  }
}
