import { ChatImportError } from './errors.ts';
import type { ImportLimits } from './types.ts';

const MIB = 1024 * 1024;

export const DEFAULT_LIMITS: Required<ImportLimits> = {
  maxMessages: 1_000_000,
  maxBytes: 256 * MIB,
  maxLineChars: MIB,
  maxMessageChars: MIB,
  maxZipEntries: 200_000,
  maxWarnings: 1_000,
};

/** Fills in defaults and rejects limits that are not positive integers. */
export function resolveLimits(options: ImportLimits): Required<ImportLimits> {
  const limits = { ...DEFAULT_LIMITS };
  for (const key of Object.keys(DEFAULT_LIMITS) as (keyof ImportLimits)[]) {
    const value = options[key];
    if (value === undefined) continue;
    if (!Number.isSafeInteger(value) || value <= 0) {
      throw new ChatImportError('invalid_option', `${key} must be a positive integer, received ${String(value)}`);
    }
    limits[key] = value;
  }
  return limits;
}
