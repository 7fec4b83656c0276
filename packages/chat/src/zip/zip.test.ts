import { strToU8, zipSync, type Zippable } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ChatImportError, importChat, type ImportOptions } from '../index.ts';

const whatsapp = '31/12/2023, 21:41 - Dara: hi\n31/12/2023, 21:42 - Sokha: <Media omitted>\n';
const photo = Uint8Array.from({ length: 2048 }, (_, index) => (index * 7919) % 256);

function codeOf(run: () => unknown): string | null {
  try {
    run();
  } catch (error) {
    if (error instanceof ChatImportError) return error.code;
    throw error;
  }
  return null;
}

const importZip = (name: string, files: Zippable, options?: ImportOptions) =>
  importChat({ name, bytes: zipSync(files) }, options);

/** Rewrites the uncompressed size every central-directory entry declares (a lying zip). */
function lieAboutSizes(zip: Uint8Array, size: number): Uint8Array {
  const out = zip.slice();
  for (let at = 0; at + 46 <= out.length; at++) {
    if (out[at] === 0x50 && out[at + 1] === 0x4b && out[at + 2] === 0x01 && out[at + 3] === 0x02) {
      new DataView(out.buffer).setUint32(at + 24, size, true);
    }
  }
  return out;
}

function messengerFile(messages: { sender_name: string; timestamp_ms: number; content: string }[]): Uint8Array {
  return strToU8(
    JSON.stringify({
      participants: [{ name: 'Dara Sok' }, { name: 'Sokha Chan' }],
      messages,
      title: 'Dara Sok',
      thread_path: 'inbox/darasok_10158',
    }),
  );
}

describe('zip exports', () => {
  it('opens a WhatsApp Android zip, reads only the chat file and names the chat', () => {
    const chat = importZip('WhatsApp Chat with Dara.zip', {
      'WhatsApp Chat with Dara.txt': strToU8(whatsapp),
      'IMG-20231231-WA0001.jpg': [photo, { level: 0 }],
    });
    expect(chat.format).toBe('whatsapp');
    expect(chat.title).toBe('Dara');
    expect(chat.messages).toHaveLength(2);
  });

  it('opens a WhatsApp iOS zip (_chat.txt), titled from the zip name', () => {
    const chat = importZip('WhatsApp Chat - Dara.zip', {
      '_chat.txt': strToU8(`[31/12/2023, 21:41:05] Dara: hi`),
      '00000012-PHOTO-2023-12-31-21-41-05.jpg': photo,
    });
    expect(chat).toMatchObject({ format: 'whatsapp', title: 'Dara', messages: [{ author: 'Dara', text: 'hi' }] });
  });

  it('merges message_1.json and message_2.json of the biggest Messenger thread, in time order', () => {
    const chat = importZip('facebook-darasok-2024.zip', {
      'your_facebook_activity/messages/inbox/darasok_10158/message_1.json': messengerFile([
        { sender_name: 'Dara Sok', timestamp_ms: 1704033720000, content: 'newest' },
        { sender_name: 'Sokha Chan', timestamp_ms: 1704033700000, content: 'middle' },
      ]),
      'your_facebook_activity/messages/inbox/darasok_10158/message_2.json': messengerFile([
        { sender_name: 'Dara Sok', timestamp_ms: 1704033600000, content: 'oldest' },
      ]),
      'your_facebook_activity/messages/inbox/darasok_10158/photos/1.jpg': photo,
      'your_facebook_activity/messages/inbox/vanna_222/message_1.json': strToU8('{"participants":[],"messages":[]}'),
    });
    expect(chat.format).toBe('messenger');
    expect(chat.messages.map((message) => message.text)).toEqual(['oldest', 'middle', 'newest']);
    expect(chat.chats?.chosen).toBe('darasok_10158');
    expect(chat.chats?.available.map((choice) => choice.id)).toEqual(['darasok_10158', 'vanna_222']);
    expect(chat.warnings.map((warning) => warning.code)).toEqual(['multiple_chats']);
  });

  it('opens an Instagram zip, and a zipped Telegram export', () => {
    const instagram = importZip('instagram-dara.zip', {
      'your_instagram_activity/messages/inbox/dara_123/message_1.json': messengerFile([
        { sender_name: 'Dara Sok', timestamp_ms: 1, content: 'hi' },
      ]),
    });
    expect(instagram.format).toBe('instagram');
    const telegram = importZip('Telegram.zip', {
      'ChatExport_2024-01-02/result.json': strToU8(
        JSON.stringify({
          name: 'Dara',
          type: 'personal_chat',
          id: 1,
          messages: [{ id: 1, type: 'message', date: '2023-12-31T21:41:05', from: 'Dara', text: 'hi' }],
        }),
      ),
      'ChatExport_2024-01-02/photos/photo_1.jpg': photo,
    });
    expect(telegram).toMatchObject({ format: 'telegram', title: 'Dara', messages: [{ text: 'hi' }] });
  });

  it('finds any chat file in a zip by its content', () => {
    const chat = importZip('export.zip', {
      'notes/readme.md': strToU8('hello'),
      'backup/messages.csv': strToU8('author,time,text\nDara,2024-01-01 10:00,hi'),
    });
    expect(chat.format).toBe('csv');
  });
});

describe('hostile zips', () => {
  // 4 MB of zeros compress to about 4 KB; the limit in these tests is 1 MB.
  const bomb = zipSync({ '_chat.txt': new Uint8Array(4 * 1024 * 1024) });

  it('refuses a zip bomb by the bytes that actually come out', () => {
    expect(bomb.length).toBeLessThan(10_000);
    expect(codeOf(() => importChat({ name: 'bomb.zip', bytes: bomb }, { maxBytes: 1024 * 1024 }))).toBe('zip_bomb');
  });

  it('refuses a zip bomb whose directory lies about the size', () => {
    const liar = lieAboutSizes(bomb, 100);
    expect(codeOf(() => importChat({ name: 'bomb.zip', bytes: liar }, { maxBytes: 1024 * 1024 }))).toBe('zip_bomb');
  });

  it('counts the limit over all the chat files read, not per file', () => {
    const big = (name: string) =>
      messengerFile(
        Array.from({ length: 6000 }, (_, index) => ({
          sender_name: name,
          timestamp_ms: index,
          content: 'x'.repeat(50),
        })),
      );
    const files: Zippable = {};
    for (let part = 1; part <= 3; part++) files[`messages/inbox/dara_1/message_${part}.json`] = big('Dara');
    expect(codeOf(() => importZip('fb.zip', files, { maxBytes: 1024 * 1024 }))).toBe('zip_bomb');
  });

  it('refuses a zip with too many entries before reading any', () => {
    const files: Zippable = {};
    for (let index = 0; index < 101; index++) files[`f${index}.txt`] = strToU8('x');
    expect(codeOf(() => importZip('many.zip', files, { maxZipEntries: 100 }))).toBe('zip_bomb');
  });

  it('ignores entries whose names climb out of the folder, with a warning', () => {
    const chat = importZip('x.zip', {
      '../../etc/cron.d/evil': strToU8('* * * * * root sh'),
      '/abs/_chat.txt': strToU8('31/12/2023, 21:41 - Mallory: injected'),
      'C:/Windows/_chat.txt': strToU8('31/12/2023, 21:41 - Mallory: injected'),
      'WhatsApp Chat with Dara.txt': strToU8(whatsapp),
    });
    expect(chat.messages.map((message) => message.author)).toEqual(['Dara', 'Sokha']);
    expect(chat.warnings.filter((warning) => warning.code === 'unsafe_zip_path')).toHaveLength(3);
    expect(codeOf(() => importZip('x.zip', { '../_chat.txt': strToU8(whatsapp) }))).toBe('unsupported_zip');
  });

  it('refuses a truncated zip, an encrypted entry, and a zip without a chat', () => {
    const zip = zipSync({ '_chat.txt': strToU8(whatsapp) });
    expect(codeOf(() => importChat({ name: 'cut.zip', bytes: zip.subarray(0, zip.length - 30) }))).toBe(
      'unsupported_zip',
    );
    const encrypted = zip.slice();
    for (let at = 0; at + 4 <= encrypted.length; at++) {
      if (
        encrypted[at] === 0x50 &&
        encrypted[at + 1] === 0x4b &&
        encrypted[at + 2] === 0x01 &&
        encrypted[at + 3] === 0x02
      )
        encrypted[at + 8]! |= 1;
    }
    expect(codeOf(() => importChat({ name: 'locked.zip', bytes: encrypted }))).toBe('unsupported_zip');
    expect(codeOf(() => importZip('photos.zip', { 'a.jpg': photo }))).toBe('unsupported_zip');
    expect(codeOf(() => importChat({ name: 'empty.zip', bytes: zipSync({}) }))).toBe('empty');
  });
});
