import { describe, expect, it } from 'vitest';
import { ChatImportError, importChat } from '../index.ts';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('generic CSV', () => {
  it('finds author, time and text columns by name in any case, with quoted commas and newlines, and Khmer text', () => {
    const csv = [
      'Timestamp,Sender,Message,Extra',
      '2023-12-31 21:41:05,Dara,"Hi, are you there?",x',
      '2023-12-31T21:42:00+07:00,Sokha,"line one',
      'line two, with ""quotes""",',
      '1704033780,Dara,សួស្តី តើអ្នកសុខសប្បាយទេ?,',
      '',
    ].join('\r\n');
    const chat = importChat({ name: 'export.csv', bytes: encode(csv) });
    expect(chat.format).toBe('csv');
    expect(chat.messages).toEqual([
      { author: 'Dara', time: '2023-12-31T21:41:05', text: 'Hi, are you there?' },
      { author: 'Sokha', time: '2023-12-31T21:42:00+07:00', text: 'line one\nline two, with "quotes"' },
      { author: 'Dara', time: '2023-12-31T14:43:00Z', text: 'សួស្តី តើអ្នកសុខសប្បាយទេ?' },
    ]);
  });

  it('reads semicolons, separate date and time columns and day/month dates', () => {
    const csv = 'date;time;from;text\n31/12/2023;21:41;Dara;bonjour\n02/01/2024;09:00;Sokha;salut';
    const chat = importChat({ name: 'chat.csv', bytes: encode(csv) });
    expect(chat.messages.map((message) => [message.time, message.author])).toEqual([
      ['2023-12-31T21:41:00', 'Dara'],
      ['2024-01-02T09:00:00', 'Sokha'],
    ]);
    expect(chat.warnings.map((warning) => warning.code)).toEqual(['date_order_assumed']);
  });

  it('refuses a CSV without a text column, naming the columns expected', () => {
    expect(() => importChat({ name: 'numbers.csv', bytes: encode('a,b,c\n1,2,3') })).toThrow(
      /expected columns such as author, time, text/u,
    );
  });

  it('warns on a bad time and on a row without text, and reads the rest', () => {
    const chat = importChat({
      name: 'x.csv',
      bytes: encode('author,time,text\nDara,yesterday,hi\nSokha\nDara,2024-01-01 10:00,ok'),
    });
    expect(chat.messages).toEqual([
      { author: 'Dara', time: null, text: 'hi' },
      { author: 'Dara', time: '2024-01-01T10:00:00', text: 'ok' },
    ]);
    expect(chat.warnings.map((warning) => [warning.code, warning.line])).toEqual([
      ['bad_time', 2],
      ['malformed_line', 3],
    ]);
  });

  it('bounds a quote that never closes, and keeps reading after it', () => {
    const lines = [
      'author,time,text',
      'Dara,2024-01-01 10:00,"never closed',
      ...Array.from({ length: 50 }, () => 'x'.repeat(100)),
    ];
    const chat = importChat(
      { name: 'x.csv', bytes: encode(`${lines.join('\n')}\nSokha,2024-01-01 11:00,fine`) },
      { maxMessageChars: 1000 },
    );
    expect(chat.warnings[0]).toMatchObject({ code: 'malformed_line', line: 2 });
    expect(chat.messages.at(-1)).toEqual({ author: 'Sokha', time: '2024-01-01T11:00:00', text: 'fine' });
  });
});

describe('JSONL', () => {
  it('reads one message per line, with the usual field names', () => {
    const jsonl = [
      '{"author":"Dara","time":"2023-12-31T21:41:05","text":"hi"}',
      '{"sender":"Sokha","timestamp":1704033720000,"message":"ok","media":["image"]}',
      '',
      '{"author":"Dara","time":null,"text":"no time"}',
    ].join('\n');
    const chat = importChat({ name: 'messages.jsonl', bytes: encode(jsonl) });
    expect(chat.format).toBe('jsonl');
    expect(chat.messages).toEqual([
      { author: 'Dara', time: '2023-12-31T21:41:05', text: 'hi' },
      { author: 'Sokha', time: '2023-12-31T14:42:00Z', text: 'ok', media: ['image'] },
      { author: 'Dara', time: null, text: 'no time' },
    ]);
  });

  it('turns broken lines into warnings that quote them, and reads the rest', () => {
    const jsonl =
      '{"author":"Dara","text":"one"}\n{"author":"Dara","text":\n[1,2]\n{"author":"Sokha"}\n{"author":"Sokha","text":"two"}';
    const chat = importChat({ name: 'm.jsonl', bytes: encode(jsonl) });
    expect(chat.messages.map((message) => message.text)).toEqual(['one', 'two']);
    expect(chat.warnings.map((warning) => [warning.code, warning.line, warning.excerpt])).toEqual([
      ['malformed_line', 2, '{"author":"Dara","text":'],
      ['malformed_line', 3, '[1,2]'],
      ['malformed_line', 4, '{"author":"Sokha"}'],
    ]);
  });

  it('is an error only for a bad option, not for odd content', () => {
    expect(() => importChat({ name: 'm.jsonl', bytes: encode('{"text":"a"}') }, { maxMessages: 0 })).toThrow(
      ChatImportError,
    );
  });
});
