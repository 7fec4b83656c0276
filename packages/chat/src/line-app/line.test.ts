import { describe, expect, it } from 'vitest';
import { importChat } from '../index.ts';

const read = (text: string) => importChat({ name: '[LINE] Chat with Dara.txt', bytes: new TextEncoder().encode(text) });

describe('LINE "Export chat history" text', () => {
  it('reads the English export: title, day headers, 24-hour lines, quoted multi-line text, placeholders', () => {
    const chat = read(
      [
        '[LINE] Chat history with Dara',
        'Saved on: 1/2/2024, 10:00',
        '',
        'Sun, 12/31/2023',
        '21:41\tDara\tHi Sokha',
        '21:42\tSokha\t"first line',
        'second line, ""quoted""',
        'last line"',
        '21:43\tDara\t[Photo]',
        '21:44\tDara\t[Sticker]',
        '21:45\tDara joined the chat.',
        '',
        'Mon, 1/1/2024',
        '00:05\tSokha\tHappy new year',
      ].join('\r\n'),
    );
    expect(chat.format).toBe('line');
    expect(chat.title).toBe('Dara');
    expect(chat.messages).toEqual([
      { author: 'Dara', time: '2023-12-31T21:41:00', text: 'Hi Sokha' },
      { author: 'Sokha', time: '2023-12-31T21:42:00', text: 'first line\nsecond line, "quoted"\nlast line' },
      { author: 'Dara', time: '2023-12-31T21:43:00', text: '', media: ['image'] },
      { author: 'Dara', time: '2023-12-31T21:44:00', text: '', media: ['sticker'] },
      { author: 'Sokha', time: '2024-01-01T00:05:00', text: 'Happy new year' },
    ]);
    expect(chat.counts.systemMessages).toBe(1);
    expect(chat.warnings).toEqual([]);
  });

  it('reads 12-hour times', () => {
    const chat = read(
      '[LINE] Chat history with Dara\nSaved on: 1/2/2024 10:00\n\nSun, 12/31/2023\n9:41 PM\tDara\thello\nMon, 1/1/2024\n12:05 AM\tSokha\tlate',
    );
    expect(chat.messages.map((message) => message.time)).toEqual(['2023-12-31T21:41:00', '2024-01-01T00:05:00']);
  });

  it('reads the Japanese export (2023/12/31(日), 午後 times)', () => {
    const chat = read(
      '[LINE] Daraとのトーク履歴\n保存日時：2024/01/02 10:00\n\n2023/12/31(日)\n21:41\tDara\tこんにちは\n午後9:42\tSokha\t[写真]',
    );
    expect(chat.title).toBe('Dara');
    expect(chat.messages).toEqual([
      { author: 'Dara', time: '2023-12-31T21:41:00', text: 'こんにちは' },
      { author: 'Sokha', time: '2023-12-31T21:42:00', text: '', media: ['image'] },
    ]);
  });

  it('reads a Thai day header with a Buddhist-era year', () => {
    const chat = read('[LINE] ประวัติการแชทกับ Dara\nบันทึกเมื่อ: 02/01/2567 10:00\n\nวันอาทิตย์, 31/12/2566\n21:41\tDara\tสวัสดี');
    expect(chat.title).toBe('Dara');
    expect(chat.messages).toEqual([{ author: 'Dara', time: '2023-12-31T21:41:00', text: 'สวัสดี' }]);
    expect(chat.warnings.map((warning) => warning.code)).toEqual(['buddhist_era']);
  });

  it('keeps a message line that comes before any date, without time and with a warning', () => {
    const chat = read('[LINE] Chat history with Dara\n21:41\tDara\thi');
    expect(chat.messages).toEqual([{ author: 'Dara', time: null, text: 'hi' }]);
    expect(chat.warnings.map((warning) => warning.code)).toEqual(['bad_time']);
  });
});
