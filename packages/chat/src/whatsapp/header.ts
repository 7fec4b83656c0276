import { toAsciiDigits } from '../text/digits.ts';

/** The date and time at the start of a WhatsApp line, before the day/month order is known. */
export interface RawStamp {
  /** The three date fields as written: `31/12/2023` → 31, 12, 2023. */
  a: number;
  b: number;
  c: number;
  /** Digits of the first and the last field (a 4-digit first field is a year: `2023/12/31`). */
  firstWidth: number;
  lastWidth: number;
  separator: string;
  hour: number;
  minute: number;
  second: number;
  /** `am` / `pm` when the clock is 12-hour. */
  meridiem: 'am' | 'pm' | null;
}

/** A parsed header is its stamp plus the sender and the text after it (one object per line: the parser keeps it as its draft). */
export interface ParsedHeader extends RawStamp {
  /** The sender, or null for a system line (no `Name: ` part). */
  author: string | null;
  text: string;
  /** `[31/12/2023, 21:41:05] …` (iOS) rather than `31/12/2023, 21:41 - …` (Android). */
  bracketed: boolean;
}

// Words for the morning and the afternoon, before or after the time, in the locales WhatsApp writes;
// longest first so that "a. m." is tried before "a.m.".
const MERIDIEM_WORDS: [string, 'am' | 'pm'][] = (
  [
    ['a. m.', 'am'],
    ['p. m.', 'pm'],
    ['a.m.', 'am'],
    ['p.m.', 'pm'],
    ['AM', 'am'],
    ['PM', 'pm'],
    ['am', 'am'],
    ['pm', 'pm'],
    ['vorm.', 'am'],
    ['nachm.', 'pm'],
    ['SA', 'am'],
    ['CH', 'pm'],
    ['ก่อนเที่ยง', 'am'],
    ['หลังเที่ยง', 'pm'],
    ['午前', 'am'],
    ['午後', 'pm'],
    ['上午', 'am'],
    ['下午', 'pm'],
    ['오전', 'am'],
    ['오후', 'pm'],
    ['ព្រឹក', 'am'],
    ['ល្ងាច', 'pm'],
  ] as [string, 'am' | 'pm'][]
).sort((x, y) => y[0].length - x[0].length);

const DIRECTION_MARKS = /[\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu;
const HAS_DIRECTION_MARK = /[\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;
// A system line that happens to contain ": " (Android): "Dara changed the subject from "a: b" to …".
const SYSTEM_BEFORE_COLON = / changed (?:the subject|the group|this group|their phone number)| created group /u;

export function stripDirectionMarks(text: string): string {
  return HAS_DIRECTION_MARK.test(text) ? text.replace(DIRECTION_MARKS, '') : text;
}

function isMark(code: number): boolean {
  return code === 0x200e || code === 0x200f || (code >= 0x202a && code <= 0x202e) || code === 0xfeff;
}

/** Spaces WhatsApp puts in stamps: space, no-break space, narrow no-break space (before AM/PM). */
function isSpace(code: number): boolean {
  return code === 0x20 || code === 0xa0 || code === 0x202f || code === 0x2009;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** A small cursor over one line; every read either advances or reports failure (-1). */
class Scanner {
  at = 0;
  line = '';

  reset(line: string): this {
    this.line = line;
    this.at = 0;
    return this;
  }

  digits(min: number, max: number): number {
    let value = 0;
    let count = 0;
    while (count < max && isDigit(this.line.charCodeAt(this.at))) {
      value = value * 10 + this.line.charCodeAt(this.at) - 48;
      this.at++;
      count++;
    }
    this.width = count;
    return count >= min ? value : -1;
  }

  width = 0;

  is(char: string): boolean {
    if (this.line[this.at] !== char) return false;
    this.at++;
    return true;
  }

  space(): boolean {
    if (!isSpace(this.line.charCodeAt(this.at))) return false;
    this.at++;
    return true;
  }

  meridiem(): 'am' | 'pm' | null {
    const code = this.line.charCodeAt(this.at);
    if (isDigit(code) || Number.isNaN(code)) return null;
    for (const [word, value] of MERIDIEM_WORDS) {
      if (this.line.startsWith(word, this.at)) {
        this.at += word.length;
        return value;
      }
    }
    return null;
  }
}

/** Reads `31/12/2023, 21:41` … up to and including the separator before the author; null when absent. */
function scanStamp(s: Scanner): ParsedHeader | null {
  for (let marks = 0; marks < 4 && isMark(s.line.charCodeAt(s.at)); marks++) s.at++;
  const bracketed = s.is('[');
  const a = s.digits(1, 4);
  const firstWidth = s.width;
  const separator = s.line[s.at] ?? '';
  if (a < 0 || (separator !== '/' && separator !== '.' && separator !== '-')) return null;
  s.at++;
  const b = s.digits(1, 2);
  if (b < 0 || !s.is(separator)) return null;
  const c = s.digits(2, 4);
  const lastWidth = s.width;
  if (c < 0) return null;
  s.is('.');
  if (s.is(',')) s.space();
  else if (!s.space()) return null;
  let meridiem = s.meridiem();
  if (meridiem !== null) s.space();
  const hour = s.digits(1, 2);
  if (hour < 0 || !(s.is(':') || s.is('.'))) return null;
  const minute = s.digits(2, 2);
  if (minute < 0) return null;
  let second = 0;
  const beforeSeconds = s.at;
  if (s.is(':') || s.is('.')) {
    second = s.digits(2, 2);
    if (second < 0) {
      s.at = beforeSeconds;
      second = 0;
    }
  }
  if (meridiem === null) {
    const beforeMeridiem = s.at;
    s.space();
    meridiem = s.meridiem();
    if (meridiem === null) s.at = beforeMeridiem;
  }
  if (bracketed) {
    if (!s.is(']') || !s.space()) return null;
  } else if (!(s.space() && (s.is('-') || s.is('–')) && s.space())) {
    return null;
  }
  return {
    a,
    b,
    c,
    firstWidth,
    lastWidth,
    separator,
    hour,
    minute,
    second,
    meridiem,
    author: null,
    text: '',
    bracketed,
  };
}

const SCANNER = new Scanner();
const NON_ASCII_DIGIT =
  /[\u0660-\u0669\u06F0-\u06F9\u0966-\u096F\u0E50-\u0E59\u0ED0-\u0ED9\u1040-\u1049\u17E0-\u17E9]/u;

/** Parses the header of a WhatsApp line; null when the line does not start a message (a continuation). */
export function parseHeader(rawLine: string): ParsedHeader | null {
  const first = rawLine.charCodeAt(0);
  if (!(isDigit(first) || first === 91 || first > 127)) return null;
  // Khmer, Thai, Arabic… digits in the stamp (after a direction mark or "[") are read as ASCII digits.
  const foreign = first > 127 || (first === 91 && rawLine.charCodeAt(1) > 127);
  const line =
    foreign && NON_ASCII_DIGIT.test(rawLine.slice(0, 48))
      ? toAsciiDigits(rawLine.slice(0, 48)) + rawLine.slice(48)
      : rawLine;
  const scanner = SCANNER.reset(line);
  const header = scanStamp(scanner);
  if (header === null) return null;
  const colon = line.indexOf(': ', scanner.at);
  const beforeColon = colon === -1 ? '' : line.slice(scanner.at, colon);
  if (colon === -1 || SYSTEM_BEFORE_COLON.test(beforeColon)) {
    header.text = line.slice(scanner.at);
  } else {
    header.author = stripDirectionMarks(beforeColon).trim();
    header.text = line.slice(colon + 2);
  }
  return header;
}
