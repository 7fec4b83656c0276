import {
  createByteScreen,
  createDetector,
  PRIOR_SCORE,
  type Analysis,
  type ByteScreen,
  type Detector,
} from '@raksa/detect';
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
  /** Use the byte screen to skip texts with nothing to find (default true; results are identical). */
  screen?: boolean;
  /**
   * How many fully analysed texts to remember (default 4096; 0: none). Platforms see the same
   * spam or job ad many times: a repeated text gets its result without a second analysis.
   */
  cacheLines?: number;
}

export const DEFAULT_CACHE_LINES = 4096;
const MAX_CACHED_TEXT = 4096;

/**
 * Output lines of fully analysed texts, without their id, by text (and language hint); the
 * oldest entry goes when it is full. Kept for one set of options: other options clear it.
 */
class ResultCache {
  private readonly entries = new Map<string, string>();
  private optionsKey = '';
  get(key: string, options: ScanOptions): string | undefined {
    const optionsKey = `${options.threshold}/${options.maxChars}`;
    if (optionsKey !== this.optionsKey) {
      this.entries.clear();
      this.optionsKey = optionsKey;
    }
    return this.entries.get(key);
  }
  set(key: string, rest: string, limit: number): void {
    if (this.entries.size >= limit) {
      const oldest = this.entries.keys().next();
      if (oldest.done !== true) this.entries.delete(oldest.value);
    }
    this.entries.set(key, rest);
  }
}

const cache = new ResultCache();

let engine: { detector: Detector; screen: ByteScreen } | undefined;

/** The detector and its byte screen, compiled once per thread on first use. */
function getEngine(): { detector: Detector; screen: ByteScreen } {
  if (engine === undefined) {
    const detector = createDetector();
    engine = { detector, screen: createByteScreen(detector.catalog, { learned: detector.learned }) };
  }
  return engine;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const ID_PREFIX = Buffer.from('{"id":"');
const TEXT_KEY = Buffer.from('","text":"');
const MAX_FAST_ID_BYTES = 512;

/**
 * The common case without parsing or decoding: a line exactly `{"id":"…","text":"…"}` with no
 * escapes and a printable-ASCII id, whose text the byte screen clears. Returns the output line,
 * or undefined for anything else (the line then takes the full path, with the same result).
 */
function fastScan(bytes: Buffer, options: ScanOptions): string | undefined {
  if (options.screen === false || options.threshold <= PRIOR_SCORE) return undefined;
  if (bytes.length < ID_PREFIX.length + TEXT_KEY.length + 2 || bytes.indexOf(BACKSLASH) !== -1) return undefined;
  if (bytes.compare(ID_PREFIX, 0, ID_PREFIX.length, 0, ID_PREFIX.length) !== 0) return undefined;
  const idEnd = bytes.indexOf(QUOTE, ID_PREFIX.length);
  if (idEnd <= ID_PREFIX.length || idEnd - ID_PREFIX.length > MAX_FAST_ID_BYTES) return undefined;
  for (let i = ID_PREFIX.length; i < idEnd; i++) {
    const byte = bytes[i] ?? 0;
    if (byte < 0x20 || byte > 0x7e) return undefined;
  }
  if (bytes.compare(TEXT_KEY, 0, TEXT_KEY.length, idEnd, idEnd + TEXT_KEY.length) !== 0) return undefined;
  const textStart = idEnd + TEXT_KEY.length;
  const textEnd = bytes.indexOf(QUOTE, textStart);
  if (textEnd === -1) return undefined;
  for (let i = textEnd + 1; i < bytes.length; i++) {
    const byte = bytes[i] ?? 0;
    if (i === textEnd + 1 ? byte !== 0x7d : byte !== 0x20 && byte !== 0x09) return undefined;
  }
  const language = getEngine().screen.screen(bytes, textStart, textEnd, options.maxChars, options.threshold);
  if (language === undefined) return undefined;
  return `{"id":"${bytes.toString('latin1', ID_PREFIX.length, idEnd)}","language":"${language}","risk":"none","harms":[],"entities":[],"warnings":[]}`;
}

/** `{"id":…,` joined to the rest of an output line. */
function withId(id: string, rest: string): string {
  return `{"id":${JSON.stringify(id)},${rest}`;
}

/** An output line (the documented `raksa scan` format) without its opening brace and id: `"language":…}`. */
function presentWithoutId(analysis: Analysis): string {
  return JSON.stringify({
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
    entities: analysis.entities.map(({ type, value, normalized, start, end }) => ({
      type,
      value,
      normalized,
      start,
      end,
    })),
    warnings: analysis.warnings.map(({ code, message }) => ({ code, message })),
  }).slice(1);
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
export function scanLine(
  bytes: Buffer | undefined,
  lineNumber: number,
  size: number,
  options: ScanOptions,
): { output: string; failed: boolean } {
  if (bytes === undefined) {
    return {
      output: errorLine(
        lineNumber,
        null,
        'line_too_long',
        `line ${lineNumber} has ${size} bytes, over the limit; it was skipped`,
      ),
      failed: true,
    };
  }
  const fast = fastScan(bytes, options);
  if (fast !== undefined) return { output: fast, failed: false };
  let parsed: unknown;
  try {
    parsed = JSON.parse(bytes.toString('utf8'));
  } catch (error) {
    const reason = error instanceof Error ? error.message.slice(0, 120) : 'invalid JSON';
    return {
      output: errorLine(lineNumber, null, 'invalid_json', `line ${lineNumber} is not valid JSON (${reason})`),
      failed: true,
    };
  }
  const result = InputLine.safeParse(parsed);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue?.path.join('.') ?? '';
    const message = `line ${lineNumber}: expected {"id": string, "text": string, "lang"?: string}; ${where.length > 0 ? `${where}: ` : ''}${issue?.message ?? 'invalid'}`;
    return { output: errorLine(lineNumber, idOf(parsed), 'invalid_line', message), failed: true };
  }
  const { id, text, lang } = result.data;
  const cacheLines = options.cacheLines ?? DEFAULT_CACHE_LINES;
  const key =
    cacheLines > 0 && text.length <= MAX_CACHED_TEXT ? (lang === undefined ? text : `${lang}\u0000${text}`) : undefined;
  const cached = key === undefined ? undefined : cache.get(key, options);
  if (cached !== undefined) return { output: withId(id, cached), failed: false };
  try {
    const analysis = getEngine().detector.analyzeText(text, {
      threshold: options.threshold,
      maxChars: options.maxChars,
      includeAdvice: false,
      ...(lang !== undefined ? { lang } : {}),
    });
    const rest = presentWithoutId(analysis);
    if (key !== undefined) cache.set(key, rest, cacheLines);
    return { output: withId(id, rest), failed: false };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { output: errorLine(lineNumber, id, 'analysis_failed', message.slice(0, 200)), failed: true };
  }
}
