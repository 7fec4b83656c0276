import { describe, expect, it } from 'vitest';
import { importChat } from '../index.ts';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
const read = (text: string, name = '_chat.txt') => importChat({ name, bytes: encode(text) });
const NNBSP = '\u202f';
const LRM = '\u200e';

describe('WhatsApp Android export', () => {
  const android = [
    `12/31/23, 9:41${NNBSP}PM - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them. Tap to learn more.`,
    `12/31/23, 9:41${NNBSP}PM - Dara created group "Weekend"`,
    `12/31/23, 9:41${NNBSP}PM - Dara added Sokha`,
    `12/31/23, 9:42${NNBSP}PM - Dara: hey, are you free this weekend?`,
    `12/31/23, 9:43${NNBSP}PM - Sokha: maybe`,
    'what time?',
    '',
    'and where',
    `12/31/23, 9:44${NNBSP}PM - Dara: <Media omitted>`,
    `12/31/23, 11:59${NNBSP}PM - Dara: IMG-20231231-WA0001.jpg (file attached)`,
    'this is the place',
    `1/1/24, 12:00${NNBSP}AM - Sokha: This message was deleted`,
    `1/1/24, 12:01${NNBSP}AM - Dara: You deleted this message`,
    `1/1/24, 12:02${NNBSP}AM - Dara: see you <This message was edited>`,
    `1/1/24, 12:03${NNBSP}AM - Dara changed the subject from "Weekend" to "Trip: Kep"`,
    `1/1/24, 12:04${NNBSP}AM - +855 12 345 678: who is this?`,
    `1/1/24, 12:05${NNBSP}AM - Sokha left`,
  ].join('\n');

  it('reads authors, 12-hour times with a narrow no-break space, and multi-line messages', () => {
    const chat = read(android, 'WhatsApp Chat with Weekend.txt');
    expect(chat.format).toBe('whatsapp');
    expect(chat.title).toBe('Weekend');
    expect(chat.messages[0]).toEqual({
      author: 'Dara',
      time: '2023-12-31T21:42:00',
      text: 'hey, are you free this weekend?',
    });
    expect(chat.messages[1]).toEqual({
      author: 'Sokha',
      time: '2023-12-31T21:43:00',
      text: 'maybe\nwhat time?\n\nand where',
    });
  });

  it('turns media placeholders and deletions into media, keeping a caption as text', () => {
    const chat = read(android);
    expect(chat.messages[2]).toEqual({ author: 'Dara', time: '2023-12-31T21:44:00', text: '', media: ['media'] });
    expect(chat.messages[3]).toEqual({
      author: 'Dara',
      time: '2023-12-31T23:59:00',
      text: 'this is the place',
      media: ['image'],
    });
    expect(chat.messages[4]).toMatchObject({
      author: 'Sokha',
      time: '2024-01-01T00:00:00',
      text: '',
      media: ['deleted'],
    });
    expect(chat.messages[5]).toMatchObject({ text: '', media: ['deleted'] });
    expect(chat.messages[6]).toEqual({ author: 'Dara', time: '2024-01-01T00:02:00', text: 'see you' });
  });

  it('skips system lines, even one whose subject holds a colon, and counts them', () => {
    const chat = read(android);
    expect(chat.messages.map((message) => message.author)).toEqual([
      'Dara',
      'Sokha',
      'Dara',
      'Dara',
      'Sokha',
      'Dara',
      'Dara',
      '+855 12 345 678',
    ]);
    expect(chat.counts).toEqual({ messages: 8, systemMessages: 5, mediaMessages: 4 });
    expect(chat.participants).toEqual(['Dara', 'Sokha', '+855 12 345 678']);
    expect(chat.warnings).toEqual([]);
  });
});

describe('WhatsApp iOS export', () => {
  const ios = [
    `${LRM}[31/12/2023, 21:41:05] Weekend: ${LRM}Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.`,
    `${LRM}[31/12/2023, 21:41:05] Weekend: ${LRM}Dara added Sokha`,
    '[31/12/2023, 21:41:30] Dara: Hello 👋',
    `[31/12/2023, 21:42:10] Sokha: ${LRM}image omitted`,
    `[31/12/2023, 21:43:00] Dara: ${LRM}<attached: 00000012-PHOTO-2023-12-31-21-43-00.jpg>`,
    `[31/12/2023, 21:44:00] Dara: ${LRM}<attached: 00000013-AUDIO-2023-12-31-21-44-00.opus>`,
    `[01/01/2024, 00:15:00] \u202a+855 12 345 678\u202c: ${LRM}sticker omitted`,
    `[01/01/2024, 00:16:00] Sokha: ${LRM}This message was deleted.`,
  ].join('\r\n');

  it('reads bracketed stamps with seconds, day/month order, direction marks and CRLF', () => {
    const chat = read(ios);
    expect(chat.messages).toEqual([
      { author: 'Dara', time: '2023-12-31T21:41:30', text: 'Hello 👋' },
      { author: 'Sokha', time: '2023-12-31T21:42:10', text: '', media: ['image'] },
      { author: 'Dara', time: '2023-12-31T21:43:00', text: '', media: ['image'] },
      { author: 'Dara', time: '2023-12-31T21:44:00', text: '', media: ['audio'] },
      { author: '+855 12 345 678', time: '2024-01-01T00:15:00', text: '', media: ['sticker'] },
      { author: 'Sokha', time: '2024-01-01T00:16:00', text: '', media: ['deleted'] },
    ]);
    expect(chat.counts.systemMessages).toBe(2);
  });

  it('reads US iOS stamps (month/day, 12-hour with seconds)', () => {
    const chat = read(`[12/31/23, 9:41:05${NNBSP}PM] Dara: hi\n[1/1/24, 12:00:01${NNBSP}AM] Sokha: happy new year`);
    expect(chat.messages.map((message) => message.time)).toEqual(['2023-12-31T21:41:05', '2024-01-01T00:00:01']);
  });
});

describe('WhatsApp locales', () => {
  it.each([
    ['en-GB / fr 24-hour', '31/12/2023, 21:41 - Dara: salut', '2023-12-31T21:41:00'],
    ['de', '31.12.23, 21:41 - Dara: hallo', '2023-12-31T21:41:00'],
    ['id (dotted clock, no comma)', '31/12/23 21.41 - Dara: halo', '2023-12-31T21:41:00'],
    ['vi', '31/12/2023 21:41 - Dara: chào', '2023-12-31T21:41:00'],
    ['zh / ja (year first)', '2023/12/31 21:41 - Dara: 你好', '2023-12-31T21:41:00'],
    ['zh with 下午 before the time', '2023/12/31 下午9:41 - Dara: 你好', '2023-12-31T21:41:00'],
    ['th, Buddhist-era year', '31/12/2566 21:41 - Dara: สวัสดี', '2023-12-31T21:41:00'],
    ['th, two-digit Buddhist-era year', '31/12/66 21:41 - Dara: สวัสดี', '2023-12-31T21:41:00'],
    ['Khmer digits', '៣១/១២/២០២៣ ២១:៤១ - Dara: សួស្តី', '2023-12-31T21:41:00'],
    ['es 12-hour "p. m."', '31/12/2023, 9:41 p. m. - Dara: hola', '2023-12-31T21:41:00'],
    ['nl dashes', '31-12-2023 21:41 - Dara: hoi', '2023-12-31T21:41:00'],
  ])('%s', (_locale, line, time) => {
    const chat = read(line);
    expect(chat.messages).toHaveLength(1);
    expect(chat.messages[0]!.time).toBe(time);
    expect(chat.messages[0]!.author).toBe('Dara');
  });

  it('warns when Buddhist-era years were converted', () => {
    expect(read('31/12/2566 21:41 - Dara: hi').warnings.map((warning) => warning.code)).toEqual(['buddhist_era']);
  });
});

describe('day/month against month/day', () => {
  it('is decided by any date in the file, even a late one', () => {
    const lines = ['01/02/2024, 10:00 - Dara: a', '03/02/2024, 10:00 - Dara: b', '25/02/2024, 10:00 - Dara: c'];
    const chat = read(lines.join('\n'));
    expect(chat.messages.map((message) => message.time)).toEqual([
      '2024-02-01T10:00:00',
      '2024-02-03T10:00:00',
      '2024-02-25T10:00:00',
    ]);
    expect(chat.warnings).toEqual([]);
  });

  it('reads month/day when a second field is above 12', () => {
    const chat = read('02/01/24, 10:00 AM - Dara: a\n02/13/24, 10:00 AM - Dara: b');
    expect(chat.messages.map((message) => message.time)).toEqual(['2024-02-01T10:00:00', '2024-02-13T10:00:00']);
  });

  it('prefers the order in which time runs forward when no date decides', () => {
    // m/d gives Jan 5, Jan 6, Feb 1; d/m would give May 1, Jun 1, Jan 2 (going back).
    const chat = read('01/05/2024, 10:00 - Dara: a\n01/06/2024, 10:00 - Dara: b\n02/01/2024, 10:00 - Dara: c');
    expect(chat.messages.map((message) => message.time)).toEqual([
      '2024-01-05T10:00:00',
      '2024-01-06T10:00:00',
      '2024-02-01T10:00:00',
    ]);
    expect(chat.warnings.map((warning) => warning.code)).toEqual(['date_order_assumed']);
  });

  it('falls back to the pattern default and says so', () => {
    expect(read('05/06/2024, 10:00 - Dara: a').messages[0]!.time).toBe('2024-06-05T10:00:00');
    expect(read(`05/06/24, 10:00${NNBSP}AM - Dara: a`).messages[0]!.time).toBe('2024-05-06T10:00:00');
  });
});

describe('damaged and odd WhatsApp text', () => {
  it('keeps text before the first dated line, with a warning', () => {
    const chat = read('stray words\n31/12/2023, 21:41 - Dara: hi');
    expect(chat.messages[0]).toEqual({ author: '', time: null, text: 'stray words' });
    expect(chat.warnings[0]).toMatchObject({ code: 'orphan_text', line: 1, excerpt: 'stray words' });
  });

  it('reads CR-only line endings and a byte-order mark', () => {
    const chat = read('\uFEFF31/12/2023, 21:41 - Dara: hi\r31/12/2023, 21:42 - Sokha: yo\rsecond');
    expect(chat.messages).toEqual([
      { author: 'Dara', time: '2023-12-31T21:41:00', text: 'hi' },
      { author: 'Sokha', time: '2023-12-31T21:42:00', text: 'yo\nsecond' },
    ]);
  });

  it('keeps an impossible date as a message without time, with a warning', () => {
    const chat = read('31/12/2023, 21:41 - Dara: hi\n31/02/2023, 21:41 - Dara: what');
    expect(chat.messages[1]).toEqual({ author: 'Dara', time: null, text: 'what' });
    expect(chat.warnings.map((warning) => warning.code)).toContain('bad_time');
  });

  it('cuts a runaway message at maxMessageChars, with a warning', () => {
    const text = `31/12/2023, 21:41 - Dara: start\n${'more text\n'.repeat(2000)}`;
    const chat = importChat({ name: 'x.txt', bytes: encode(text) }, { maxMessageChars: 1000 });
    expect(chat.messages[0]!.text.length).toBeLessThanOrEqual(1000);
    expect(chat.warnings.map((warning) => warning.code)).toContain('message_truncated');
  });
});
