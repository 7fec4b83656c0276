import type { Warning } from './types.ts';

export const DEFAULT_MAX_CHARS = 100_000;
const BINARY_SHARE = 0.1;
const BINARY_SAMPLE = 4096;

/** Caps the text (never splitting a surrogate pair) and notes odd input as warnings. */
export function guardInput(text: string, maxChars: number): { text: string; warnings: Warning[] } {
  const warnings: Warning[] = [];
  let kept = text;
  if (kept.length > maxChars) {
    let cut = maxChars;
    const last = kept.charCodeAt(cut - 1);
    if (last >= 0xd800 && last <= 0xdbff) cut--;
    kept = kept.slice(0, cut);
    warnings.push({
      code: 'input_truncated',
      message: `The text has ${text.length} characters; only the first ${cut} were analysed.`,
    });
  }
  if (kept.trim().length === 0) {
    warnings.push({ code: 'input_empty', message: 'The text is empty or only white space.' });
  }
  if (hasLoneSurrogate(kept)) {
    warnings.push({
      code: 'invalid_utf16',
      message: 'The text contains broken characters (lone surrogates); they were read as spaces.',
    });
  }
  if (looksBinary(kept)) {
    warnings.push({
      code: 'binary_content',
      message: 'The text looks like binary data rather than a message; results may be meaningless.',
    });
  }
  return { text: kept, warnings };
}

function hasLoneSurrogate(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
      else return true;
    } else if (code >= 0xdc00 && code <= 0xdfff) return true;
  }
  return false;
}

function looksBinary(text: string): boolean {
  const sample = Math.min(text.length, BINARY_SAMPLE);
  if (sample === 0) return false;
  let odd = 0;
  for (let i = 0; i < sample; i++) {
    const code = text.charCodeAt(i);
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0xfffd || code === 0x7f) odd++;
  }
  return odd / sample > BINARY_SHARE;
}
