import { ChatImportError } from '../errors.ts';
import { decodeWhole } from '../text/decode.ts';
import type { WarningSink } from '../warnings.ts';

const MIB = 1024 * 1024;

/** Parses a JSON export held in memory, refusing one beyond `maxBytes` with a `too_large` error. */
export function readJson(bytes: Uint8Array, maxBytes: number, what: string, warnings: WarningSink): unknown {
  if (bytes.length > maxBytes) {
    throw new ChatImportError(
      'too_large',
      `${what} is ${(bytes.length / MIB).toFixed(1)} MB; JSON exports are read whole and the limit is ` +
        `${(maxBytes / MIB).toFixed(0)} MB (the maxBytes option). WhatsApp, LINE, CSV and JSONL files of any size can be streamed.`,
    );
  }
  const text = decodeWhole(bytes, warnings);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ChatImportError(
      'malformed',
      `${what} is not complete JSON (the file may be cut short or damaged): ${(error as Error).message}`,
      { cause: error },
    );
  }
}

export type JsonRecord = Record<string, unknown>;

export function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function stringOf(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

export function arrayOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
