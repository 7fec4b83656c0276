import { describe, expect, it } from 'vitest';
import { ChatImportError, importChat } from '../index.ts';

const encode = (value: unknown): Uint8Array =>
  new TextEncoder().encode(typeof value === 'string' ? value : JSON.stringify(value, null, 1));

// 1704033665 = 2023-12-31T14:41:05Z; the exporting computer was at UTC+7.
const personalChat = {
  name: 'Dara',
  type: 'personal_chat',
  id: 5012345678,
  messages: [
    {
      id: 1,
      type: 'service',
      date: '2023-12-31T21:40:00',
      date_unixtime: '1704033600',
      actor: 'Sokha',
      actor_id: 'user100',
      action: 'phone_call',
      text: '',
      text_entities: [],
    },
    {
      id: 2,
      type: 'message',
      date: '2023-12-31T21:41:05',
      date_unixtime: '1704033665',
      from: 'Dara',
      from_id: 'user5012345678',
      text: 'Hi, I have a job for you',
      text_entities: [{ type: 'plain', text: 'Hi, I have a job for you' }],
    },
    {
      id: 3,
      type: 'message',
      date: '2023-12-31T21:42:00',
      date_unixtime: '1704033720',
      from: 'Dara',
      from_id: 'user5012345678',
      text: [
        'Details ',
        { type: 'text_link', text: 'here', href: 'https://job-offer.example/apply' },
        ', salary ',
        { type: 'bold', text: '$1500' },
      ],
      text_entities: [
        { type: 'plain', text: 'Details ' },
        { type: 'text_link', text: 'here', href: 'https://job-offer.example/apply' },
        { type: 'plain', text: ', salary ' },
        { type: 'bold', text: '$1500' },
      ],
    },
    {
      id: 4,
      type: 'message',
      date: '2023-12-31T21:43:00',
      date_unixtime: '1704033780',
      from: 'Sokha',
      from_id: 'user100',
      photo: 'photos/photo_1@31-12-2023_21-43-00.jpg',
      width: 1280,
      height: 960,
      text: '',
      text_entities: [],
    },
    {
      id: 5,
      type: 'message',
      date: '2023-12-31T21:44:00',
      date_unixtime: '1704033840',
      from: 'Sokha',
      from_id: 'user100',
      file: 'voice_messages/audio_1@31-12-2023_21-44-00.ogg',
      media_type: 'voice_message',
      mime_type: 'audio/ogg',
      duration_seconds: 4,
      text: '',
      text_entities: [],
    },
    {
      id: 6,
      type: 'message',
      date: '2023-12-31T21:45:00',
      date_unixtime: '1704033900',
      from: null,
      from_id: 'user999',
      file: 'stickers/sticker.webp',
      media_type: 'sticker',
      sticker_emoji: '👍',
      text: 'ok',
    },
  ],
};

describe('Telegram Desktop result.json', () => {
  it('reads one chat: authors, text entity arrays with hidden links, local offset from date_unixtime', () => {
    const chat = importChat({ name: 'result.json', bytes: encode(personalChat) });
    expect(chat.format).toBe('telegram');
    expect(chat.title).toBe('Dara');
    expect(chat.messages).toEqual([
      { author: 'Dara', time: '2023-12-31T21:41:05+07:00', text: 'Hi, I have a job for you' },
      {
        author: 'Dara',
        time: '2023-12-31T21:42:00+07:00',
        text: 'Details here (https://job-offer.example/apply), salary $1500',
      },
      { author: 'Sokha', time: '2023-12-31T21:43:00+07:00', text: '', media: ['image'] },
      { author: 'Sokha', time: '2023-12-31T21:44:00+07:00', text: '', media: ['audio'] },
      { author: 'user999', time: '2023-12-31T21:45:00+07:00', text: 'ok', media: ['sticker'] },
    ]);
    expect(chat.counts.systemMessages).toBe(1);
  });

  it('reads `text` when there are no text_entities, and `date` alone as wall-clock time', () => {
    const chat = importChat({
      name: 'result.json',
      bytes: encode({
        name: 'Old',
        type: 'personal_chat',
        id: 1,
        messages: [
          {
            id: 1,
            type: 'message',
            date: '2019-05-01T08:00:00',
            from: 'Dara',
            text: ['a ', { type: 'link', text: 'https://x.example' }],
          },
        ],
      }),
    });
    expect(chat.messages).toEqual([{ author: 'Dara', time: '2019-05-01T08:00:00', text: 'a https://x.example' }]);
  });

  const account = {
    about: 'Here is the data you requested.',
    personal_information: { user_id: 100, first_name: 'Sokha', phone_number: '+855 12 345 678' },
    chats: {
      about: 'This page lists all chats from this export.',
      list: [
        { ...personalChat, messages: personalChat.messages.slice(0, 2) },
        { name: 'Family', type: 'private_group', id: 42, messages: personalChat.messages.slice(1) },
      ],
    },
  };

  it('imports the biggest chat of a full-account export and lists the others', () => {
    const chat = importChat({ name: 'result.json', bytes: encode(account) });
    expect(chat.title).toBe('Family');
    expect(chat.messages).toHaveLength(5);
    expect(chat.chats).toEqual({
      chosen: '42',
      available: [
        { id: '5012345678', title: 'Dara', size: 2 },
        { id: '42', title: 'Family', size: 5 },
      ],
    });
    expect(chat.warnings.map((warning) => warning.code)).toEqual(['multiple_chats']);
  });

  it('imports the chat named by the chat option, by id or by title', () => {
    expect(importChat({ name: 'result.json', bytes: encode(account) }, { chat: 'Dara' }).messages).toHaveLength(1);
    expect(importChat({ name: 'result.json', bytes: encode(account) }, { chat: '5012345678' }).title).toBe('Dara');
    expect(() => importChat({ name: 'result.json', bytes: encode(account) }, { chat: 'Nobody' })).toThrow(
      /no chat "Nobody"/u,
    );
  });

  it('refuses JSON of the wrong shape, saying what it expected', () => {
    const error = (() => {
      try {
        importChat(
          { name: 'result.json', bytes: encode({ type: 'personal_chat', id: 1, chats: 3 }) },
          { format: 'telegram' },
        );
      } catch (caught) {
        return caught;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(ChatImportError);
    expect((error as ChatImportError).code).toBe('malformed');
    expect((error as ChatImportError).message).toMatch(/chats\.list/u);
  });

  it('replaces lone surrogates from JSON escapes, with a warning', () => {
    const json =
      '{"name":"X","type":"personal_chat","id":1,"messages":[{"id":1,"type":"message","date":"2023-12-31T21:41:05","from":"Dara","text":"bad \\ud83d here"}]}';
    const chat = importChat({ name: 'result.json', bytes: encode(json) });
    expect(chat.messages[0]!.text).toBe('bad \uFFFD here');
    expect(chat.warnings.map((warning) => warning.code)).toEqual(['lone_surrogate']);
  });
});
