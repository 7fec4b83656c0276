/** Zero digits of the scripts whose digits chat apps may write in dates (Khmer, Thai, Lao, Myanmar, Arabic-Indic, Persian, Devanagari). */
const ZEROS = [0x17e0, 0x0e50, 0x0ed0, 0x1040, 0x0660, 0x06f0, 0x0966];

function asciiDigit(code: number): number {
  for (const zero of ZEROS) if (code >= zero && code <= zero + 9) return code - zero;
  return -1;
}

/** Replaces non-ASCII decimal digits with ASCII ones; returns the same string when there are none. */
export function toAsciiDigits(text: string): string {
  let out: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x660) continue;
    const digit = asciiDigit(code);
    if (digit < 0) continue;
    out ??= text;
    out = out.slice(0, i) + String(digit) + out.slice(i + 1);
  }
  return out ?? text;
}
