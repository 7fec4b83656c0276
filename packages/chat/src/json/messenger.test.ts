import { describe, expect, it } from 'vitest';
import { importChat } from '../index.ts';
import { repairMojibake } from '../text/mojibake.ts';

/** What Facebook writes: each UTF-8 byte of the text as one \u00XX character. */
function mojibake(text: string): string {
  return String.fromCharCode(...new TextEncoder().encode(text));
}
const encode = (value: unknown): Uint8Array => new TextEncoder().encode(JSON.stringify(value, null, 2));

export const messengerThread = {
  participants: [{ name: mojibake('Dara Sok') }, { name: mojibake('Sokha Chan') }],
  messages: [
    {
      sender_name: 'Sokha Chan',
      timestamp_ms: 1704033900000,
      content: mojibake('ខ្ញុំនៅផ្ទះ 🏠'),
      is_geoblocked_for_viewer: false,
    },
    {
      sender_name: 'Dara Sok',
      timestamp_ms: 1704033840000,
      photos: [{ uri: 'messages/inbox/darasok_10158/photos/1.jpg', creation_timestamp: 1704033840 }],
    },
    {
      sender_name: 'Dara Sok',
      timestamp_ms: 1704033780000,
      content: 'Dara sent a link.',
      share: { link: 'https://job-offer.example/th' },
      type: 'Share',
    },
    {
      sender_name: 'Dara Sok',
      timestamp_ms: 1704033720000,
      content: mojibake('สวัสดีครับ งานดีมาก'),
      reactions: [{ reaction: mojibake('❤'), actor: 'Sokha Chan' }],
    },
    { sender_name: 'Sokha Chan', timestamp_ms: 1704033700000, content: 'Sokha left the group.', type: 'Unsubscribe' },
    { sender_name: 'Dara Sok', timestamp_ms: 1704033665000, content: 'Hi! café?', is_unsent: false },
  ],
  title: mojibake('Dara Sok'),
  is_still_participant: true,
  thread_path: 'inbox/darasok_10158',
  magic_words: [],
};

describe('mis-encoded UTF-8 repair', () => {
  it('repairs Khmer, Thai and emoji written as Latin-1 bytes', () => {
    expect(repairMojibake(mojibake('សួស្តី'))).toBe('សួស្តី');
    expect(repairMojibake(mojibake('สวัสดี'))).toBe('สวัสดี');
    expect(repairMojibake(mojibake('😂 ok'))).toBe('😂 ok');
    expect(repairMojibake('\u00e1\u009e\u0080')).toBe('ក');
  });

  it('keeps text that is already right', () => {
    expect(repairMojibake('café')).toBe('café'); // é alone is not valid UTF-8
    expect(repairMojibake('សួស្តី')).toBe('សួស្តី');
    expect(repairMojibake('plain ascii')).toBe('plain ascii');
    expect(repairMojibake('Ünïcödé naïve')).toBe('Ünïcödé naïve');
  });
});

describe('Messenger and Instagram "Download your information" JSON', () => {
  it('repairs the text, drops system messages, and puts messages oldest first with UTC times', () => {
    const chat = importChat({ name: 'message_1.json', bytes: encode(messengerThread) });
    expect(chat.format).toBe('messenger');
    expect(chat.title).toBe('Dara Sok');
    expect(chat.participants).toEqual(['Dara Sok', 'Sokha Chan']);
    expect(chat.messages).toEqual([
      { author: 'Dara Sok', time: '2023-12-31T14:41:05Z', text: 'Hi! café?' },
      { author: 'Dara Sok', time: '2023-12-31T14:42:00Z', text: 'สวัสดีครับ งานดีมาก' },
      {
        author: 'Dara Sok',
        time: '2023-12-31T14:43:00Z',
        text: 'Dara sent a link.\nhttps://job-offer.example/th',
        media: ['link'],
      },
      { author: 'Dara Sok', time: '2023-12-31T14:44:00Z', text: '', media: ['image'] },
      { author: 'Sokha Chan', time: '2023-12-31T14:45:00Z', text: 'ខ្ញុំនៅផ្ទះ 🏠' },
    ]);
    expect(chat.counts.systemMessages).toBe(1);
    expect(chat.warnings).toEqual([]);
  });

  it('calls it Instagram when the file name says so', () => {
    expect(importChat({ name: 'instagram-dara/message_1.json', bytes: encode(messengerThread) }).format).toBe(
      'instagram',
    );
  });

  it('reads the end-to-end-encrypted Messenger export shape', () => {
    const e2ee = {
      participants: ['Dara Sok', 'Sokha Chan'],
      threadName: 'Dara Sok',
      messages: [
        {
          isUnsent: false,
          media: [],
          reactions: [],
          senderName: 'Sokha Chan',
          text: 'ok 👍',
          timestamp: 1704033720000,
          type: 'text',
        },
        {
          isUnsent: false,
          media: [{ uri: './media/photo.jpg' }],
          reactions: [],
          senderName: 'Dara Sok',
          text: 'send me a photo',
          timestamp: 1704033665000,
          type: 'text',
        },
      ],
    };
    const chat = importChat({ name: 'Dara Sok.json', bytes: encode(e2ee) });
    expect(chat.format).toBe('messenger');
    expect(chat.messages).toEqual([
      { author: 'Dara Sok', time: '2023-12-31T14:41:05Z', text: 'send me a photo', media: ['image'] },
      { author: 'Sokha Chan', time: '2023-12-31T14:42:00Z', text: 'ok 👍' },
    ]);
  });
});
