import { Inflate } from 'fflate';
import { ChatImportError } from '../errors.ts';
import { dataStart, type ZipEntry } from './zip-directory.ts';

/** Compressed bytes fed to the inflater at a time: at most ~1,000× that comes out before the budget is checked. */
const FEED_BYTES = 4096;

/** The bytes a zip may still inflate to; shared by all the entries one import reads. */
export interface InflateBudget {
  remaining: number;
  readonly limit: number;
}

function overBudget(budget: InflateBudget, what: string): ChatImportError {
  return new ChatImportError(
    'zip_bomb',
    `${what} expands beyond the limit of ${Math.round(budget.limit / 1024 / 1024)} MB of chat files (the maxBytes option)`,
  );
}

/**
 * Inflates one entry, counting the bytes that actually come out (not the size the zip declares)
 * and stopping as soon as they pass the budget.
 */
export function inflateEntry(bytes: Uint8Array, entry: ZipEntry, budget: InflateBudget): Uint8Array {
  if (entry.flags & 1)
    throw new ChatImportError('unsupported_zip', `${entry.name} is encrypted (password-protected zip)`);
  const start = dataStart(bytes, entry);
  const compressed = bytes.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) {
    if (compressed.length > budget.remaining) throw overBudget(budget, entry.name);
    budget.remaining -= compressed.length;
    return compressed;
  }
  if (entry.method !== 8) {
    throw new ChatImportError(
      'unsupported_zip',
      `${entry.name} uses compression method ${entry.method}; only stored and deflate are read`,
    );
  }
  if (entry.size > budget.remaining) throw overBudget(budget, entry.name);
  const chunks: Uint8Array[] = [];
  let total = 0;
  const inflater = new Inflate((chunk) => {
    total += chunk.length;
    if (total > budget.remaining) throw overBudget(budget, entry.name);
    chunks.push(chunk);
  });
  try {
    for (let at = 0; at < compressed.length; at += FEED_BYTES) {
      inflater.push(compressed.subarray(at, at + FEED_BYTES), at + FEED_BYTES >= compressed.length);
    }
    if (compressed.length === 0) inflater.push(new Uint8Array(0), true);
  } catch (error) {
    if (error instanceof ChatImportError) throw error;
    throw new ChatImportError('unsupported_zip', `${entry.name} is damaged (${(error as Error).message})`, {
      cause: error,
    });
  }
  budget.remaining -= total;
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}
