import { describe, expect, it } from 'vitest';
import { detectChatFormat } from './index.ts';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('detectChatFormat', () => {
  it.each([
    ['chat.txt', '12/31/23, 9:41 PM - Dara: hi', 'whatsapp'],
    ['chat.txt', '\u200e[31/12/2023, 21:41:05] Dara: hi', 'whatsapp'],
    ['x.txt', '[LINE] Chat history with Dara\nSaved on: 1/2/2024', 'line'],
    ['x.txt', 'Sun, 12/31/2023\n21:41\tDara\thi', 'line'],
    ['result.json', '{\n "name": "Dara",\n "type": "personal_chat",\n "id": 1,\n "messages": []}', 'telegram'],
    ['result.json', '{\n "about": "Here is the data you requested.",\n "personal_information": {}}', 'telegram'],
    [
      'message_1.json',
      '{\n  "participants": [{"name": "Dara"}],\n  "messages": [{"sender_name": "Dara", "timestamp_ms": 1}]}',
      'messenger',
    ],
    [
      'your_instagram_activity/message_1.json',
      '{"participants": [{"name": "Dara"}], "messages": [{"sender_name": "Dara"}]}',
      'instagram',
    ],
    ['g.json', '{"guild": {"name": "G"}, "channel": {"name": "c"}, "messages": []}', 'discord'],
    ['m.jsonl', '{"author":"Dara","text":"hi"}\n{"author":"Sokha","text":"yo"}', 'jsonl'],
    ['data.txt', 'sender,timestamp,message\nDara,1,hi', 'csv'],
  ] as const)('%s: %s → %s', (name, text, format) => {
    expect(detectChatFormat(name, encode(text))).toBe(format);
  });

  it('goes by content before name, and by name when the content says nothing', () => {
    expect(detectChatFormat('messages.csv', encode('12/31/23, 9:41 PM - Dara: hi'))).toBe('whatsapp');
    expect(detectChatFormat('empty.jsonl', encode('\n'))).toBe('jsonl');
    expect(detectChatFormat('notes.txt', encode('just some notes'))).toBeNull();
  });

  it('knows zips, and refuses images and binary data', () => {
    expect(detectChatFormat('export.zip', Uint8Array.of(0x50, 0x4b, 0x03, 0x04, 0, 0))).toBe('zip');
    expect(detectChatFormat('photo.txt', Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a))).toBeNull();
    expect(detectChatFormat('x.txt', Uint8Array.of(1, 2, 3, 0, 5, 6))).toBeNull();
    expect(detectChatFormat('x.txt', new Uint8Array(0))).toBeNull();
  });
});
