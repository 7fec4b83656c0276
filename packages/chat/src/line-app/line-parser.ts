import type { ConversationMessage } from '@raksa/detect';
import type { MessageSink } from '../pipeline/message-sink.ts';
import type { TextParser } from '../pipeline/text-parser.ts';
import { toAsciiDigits } from '../text/digits.ts';
import { wallClockTime } from '../time/iso.ts';
import { excerptOf, type WarningSink } from '../warnings.ts';
import { gregorianYear } from '../whatsapp/date-order.ts';

// "[LINE] Chat history with Dara", "[LINE] Chat history in Family", "[LINE] Daraとのトーク履歴", "[LINE] ประวัติการแชทกับ Dara".
const TITLE_PATTERNS = [
  /^\[LINE\] Chat history (?:with|in) (.+)$/u,
  /^\[LINE\] (.+?)とのトーク履歴$/u,
  /^\[LINE\] (.+)のトーク履歴$/u,
  /^\[LINE\] ประวัติการแชท(?:กับ|ใน) ?(.+)$/u,
  /^\[LINE\] 與(.+)的聊天記錄$/u,
  /^\[LINE\] (.+)$/u,
];
const SAVED_ON = /^(?:Saved on|保存日時|บันทึกเมื่อ|儲存日期)\s?[:：]/u;
// "Sun, 12/31/2023", "2023/12/31(日)", "2023.12.31 Sunday", "วันอาทิตย์, 31/12/2566".
const DAY_HEADER = /^[^\d\t]{0,24}(\d{1,4})([/.-])(\d{1,2})\2(\d{1,4})[^\d\t]{0,24}$/u;
const ENGLISH_WEEKDAY = /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)/u;
const MESSAGE = /^(?:(午前|午後|AM|PM|am|pm)\s?)?(\d{1,2}):(\d{2})(?:\s?(AM|PM|am|pm))?\t/u;

const PLACEHOLDERS: Record<string, string> = {
  '[photo]': 'image',
  '[photos]': 'image',
  '[album]': 'image',
  '[sticker]': 'sticker',
  '[video]': 'video',
  '[voice message]': 'audio',
  '[audio]': 'audio',
  '[file]': 'file',
  '[contact]': 'contact',
  '[location]': 'location',
  '[写真]': 'image',
  '[スタンプ]': 'sticker',
  '[動画]': 'video',
  '[ボイスメッセージ]': 'audio',
  '[ファイル]': 'file',
  '[連絡先]': 'contact',
  '[位置情報]': 'location',
  '[รูป]': 'image',
  '[รูปภาพ]': 'image',
  '[สติกเกอร์]': 'sticker',
  '[วิดีโอ]': 'video',
  '[ข้อความเสียง]': 'audio',
  '[ไฟล์]': 'file',
};

interface Draft {
  author: string;
  time: string | null;
  text: string;
  line: number;
  quoted: boolean;
  /** The text was written in quotes, with `""` for a quote inside. */
  escaped: boolean;
  cut: boolean;
}

/**
 * Reads LINE's "Export chat history" text: a `[LINE] …` title, a "Saved on" line, day headers
 * (`Sun, 12/31/2023`, `2023/12/31(日)`) and `21:41<TAB>Dara<TAB>text` lines; a text in quotes may
 * span lines. Lines with a time but no author (`21:41<TAB>Dara joined the group.`) are system lines.
 */
export class LineAppParser implements TextParser {
  title: string | null = null;
  private day: { year: number; month: number; day: number } | null = null;
  private draft: Draft | null = null;
  private buddhistSeen = false;

  constructor(
    private readonly sink: MessageSink,
    private readonly warnings: WarningSink,
    private readonly maxMessageChars: number,
  ) {}

  line(text: string, lineNumber: number): void {
    if (this.draft?.quoted) {
      this.append(text);
      if (endsQuote(text)) this.closeDraft();
      return;
    }
    if (lineNumber <= 3 && this.readPreamble(text)) return;
    const message = MESSAGE.exec(text);
    if (message) {
      this.closeDraft();
      this.startMessage(text, message, lineNumber);
      return;
    }
    const day = DAY_HEADER.exec(toAsciiDigits(text.trim()));
    if (day && this.readDay(day, text)) {
      this.closeDraft();
      return;
    }
    if (this.draft) {
      this.append(text);
      return;
    }
    if (text.trim() === '') return;
    this.warnings.add({
      code: 'orphan_text',
      message: 'A line outside any message was kept as a message without author or time.',
      line: lineNumber,
      excerpt: excerptOf(text),
    });
    this.sink.add({ author: '', time: null, text }, lineNumber);
  }

  end(): void {
    this.closeDraft();
  }

  private readPreamble(text: string): boolean {
    const trimmed = text.replace(/^\uFEFF/u, '').trim();
    if (trimmed.startsWith('[LINE]')) {
      for (const pattern of TITLE_PATTERNS) {
        const match = pattern.exec(trimmed);
        if (match) {
          this.title = match[1]!.trim();
          break;
        }
      }
      return true;
    }
    return SAVED_ON.test(trimmed);
  }

  private readDay(day: RegExpExecArray, raw: string): boolean {
    const [a, b, c] = [Number(day[1]), Number(day[3]), Number(day[4])];
    const widthA = day[1]!.length;
    let year: { year: number; buddhist: boolean };
    let month: number;
    let date: number;
    if (widthA === 4) {
      year = gregorianYear(a, 4);
      [month, date] = [b, c];
    } else {
      year = gregorianYear(c, day[4]!.length);
      const monthFirst = b > 12 || (a <= 12 && ENGLISH_WEEKDAY.test(raw.trim()));
      [month, date] = monthFirst ? [a, b] : [b, a];
    }
    if (wallClockTime(year.year, month, date, 0, 0) === null) return false;
    if (year.buddhist && !this.buddhistSeen) {
      this.buddhistSeen = true;
      this.warnings.add({
        code: 'buddhist_era',
        message: 'Years are written in the Buddhist era (Thai calendar); they were converted to the Gregorian year.',
      });
    }
    this.day = { year: year.year, month, day: date };
    return true;
  }

  private startMessage(text: string, match: RegExpExecArray, lineNumber: number): void {
    const rest = text.slice(match[0].length);
    const tab = rest.indexOf('\t');
    if (tab === -1) {
      this.sink.system();
      return;
    }
    let hour = Number(match[2]);
    const meridiem = (match[1] ?? match[4])?.toLowerCase();
    if (meridiem !== undefined) hour = (hour % 12) + (meridiem === 'pm' || meridiem === '午後' ? 12 : 0);
    const time = this.day ? wallClockTime(this.day.year, this.day.month, this.day.day, hour, Number(match[3])) : null;
    if (time === null) {
      this.warnings.add({
        code: 'bad_time',
        message: this.day
          ? `Line ${lineNumber} has an impossible time.`
          : `Line ${lineNumber} comes before any date line.`,
        line: lineNumber,
      });
    }
    let body = rest.slice(tab + 1);
    const escaped = body.startsWith('"');
    const quoted = escaped && !endsQuote(body.slice(1));
    if (escaped && !quoted) body = unquote(body);
    else if (quoted) body = body.slice(1);
    this.draft = { author: rest.slice(0, tab), time, text: body, line: lineNumber, quoted, escaped, cut: false };
    if (!quoted) this.closeDraft();
  }

  private append(text: string): void {
    const draft = this.draft!;
    if (draft.cut) return;
    const piece = draft.quoted && endsQuote(text) ? text.slice(0, -1) : text;
    if (draft.text.length + 1 + piece.length > this.maxMessageChars) {
      draft.cut = true;
      this.warnings.add({
        code: 'message_truncated',
        message: `The message starting on line ${draft.line} is longer than ${this.maxMessageChars} characters; it was cut.`,
        line: draft.line,
      });
    }
    draft.text = `${draft.text}\n${piece}`;
  }

  private closeDraft(): void {
    const draft = this.draft;
    this.draft = null;
    if (draft === null) return;
    const text = draft.escaped ? draft.text.replaceAll('""', '"') : draft.text;
    const media = PLACEHOLDERS[text.trim().toLowerCase()];
    const message: ConversationMessage = { author: draft.author, time: draft.time, text: media ? '' : text };
    if (media) message.media = [media];
    this.sink.add(message, draft.line);
  }
}

/** True when a line ends a quoted text: an odd run of quotes at its end. */
function endsQuote(text: string): boolean {
  let quotes = 0;
  for (let i = text.length - 1; i >= 0 && text[i] === '"'; i--) quotes++;
  return quotes % 2 === 1;
}

function unquote(text: string): string {
  return text.length >= 2 && text.endsWith('"') ? text.slice(1, -1) : text;
}
