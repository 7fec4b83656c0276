/**
 * Cheap facts about a text that decide which entity extractors can find anything in it, from one
 * pass over its code units. Each trigger is implied by its extractor's patterns, so skipping an
 * extractor when its trigger is absent never changes the result:
 *
 * - `digits`: a decimal digit (ASCII, fullwidth or native). Phones and money are written with digits.
 * - `hostDot`: a "." or the letters "dot" in any case. Every URL and e-mail host has two labels
 *   joined by a dot, plain or defanged ("[.]", "(dot)", " dot ").
 * - `longAlnumRun`: eleven or more ASCII letters and digits in a row. The shortest crypto address
 *   candidate ("bc1" and eight characters) is that long.
 */

export interface EntityTriggers {
  digits: boolean;
  hostDot: boolean;
  longAlnumRun: boolean;
}

/** The shortest crypto address candidate, in characters. */
export const MIN_CRYPTO_CANDIDATE = 11;

function isAsciiAlnum(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
}

/** Native and fullwidth decimal digits: the blocks `toAsciiDigits` folds, and Devanagari. */
function isNonAsciiDigit(code: number): boolean {
  return (
    (code >= 0xff10 && code <= 0xff19) ||
    (code >= 0x17e0 && code <= 0x17e9) ||
    (code >= 0x0e50 && code <= 0x0e59) ||
    (code >= 0x0ed0 && code <= 0x0ed9) ||
    (code >= 0x1040 && code <= 0x1049) ||
    (code >= 0x1090 && code <= 0x1099) ||
    (code >= 0x0660 && code <= 0x0669) ||
    (code >= 0x06f0 && code <= 0x06f9) ||
    (code >= 0x0966 && code <= 0x096f)
  );
}

function isLetterD(code: number): boolean {
  return code === 0x64 || code === 0x44;
}

/** Which extractors `text` can trigger. */
export function entityTriggers(text: string): EntityTriggers {
  let digits = false;
  let hostDot = false;
  let longAlnumRun = false;
  let run = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    if (isAsciiAlnum(code)) {
      if (code <= 0x39) digits = true;
      else if (
        isLetterD(code) &&
        (text.charCodeAt(i + 1) | 0x20) === 0x6f &&
        (text.charCodeAt(i + 2) | 0x20) === 0x74
      ) {
        hostDot = true;
      }
      if (++run >= MIN_CRYPTO_CANDIDATE) longAlnumRun = true;
      continue;
    }
    run = 0;
    if (code === 0x2e) hostDot = true;
    else if (code >= 0x0660 && isNonAsciiDigit(code)) digits = true;
  }
  return { digits, hostDot, longAlnumRun };
}
