/**
 * Native decimal digits → ASCII, one UTF-16 code unit for one, so every offset into the result is
 * an offset into the original text. Covers Khmer, Thai, Lao, Myanmar (and Myanmar Shan), fullwidth
 * and Arabic-Indic digits; all of them are single BMP code units.
 */

/** First code unit of each native digit block (0 … 9 are consecutive in every block). */
const DIGIT_ZEROS = [0x0660, 0x06f0, 0x0e50, 0x0ed0, 0x1040, 0x1090, 0x17e0, 0xff10] as const;

const HAS_NATIVE_DIGIT =
  /[\u0660-\u0669\u06f0-\u06f9\u0e50-\u0e59\u0ed0-\u0ed9\u1040-\u1049\u1090-\u1099\u17e0-\u17e9\uff10-\uff19]/u;

/** The ASCII digit value of a code unit (ASCII or native), or -1. */
export function digitValue(code: number): number {
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  for (const zero of DIGIT_ZEROS) {
    if (code >= zero && code <= zero + 9) return code - zero;
  }
  return -1;
}

/** The text with every native digit replaced by its ASCII digit; same length, same offsets. */
export function toAsciiDigits(text: string): string {
  if (!HAS_NATIVE_DIGIT.test(text)) return text;
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x0660) continue;
    const value = digitValue(code);
    if (value < 0) continue;
    out += text.slice(from, i) + String.fromCharCode(0x30 + value);
    from = i + 1;
  }
  return out + text.slice(from);
}
