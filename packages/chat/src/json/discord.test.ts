import { describe, expect, it } from 'vitest';
import { importChat } from '../index.ts';

const discordExport = {
  guild: { id: '1100000000000000000', name: 'Study Group', iconUrl: 'https://cdn.discordapp.com/embed/avatars/0.png' },
  channel: {
    id: '1100000000000000001',
    type: 'GuildTextChat',
    categoryId: '1',
    category: 'Text Channels',
    name: 'general',
    topic: null,
  },
  dateRange: { after: null, before: null },
  exportedAt: '2024-01-02T10:00:00.000+07:00',
  messages: [
    {
      id: '1',
      type: 'GuildMemberJoin',
      timestamp: '2023-12-31T21:40:00.000+07:00',
      timestampEdited: null,
      isPinned: false,
      content: '',
      author: { id: '200', name: 'kid_vanna', discriminator: '0000', nickname: 'Vanna', isBot: false },
      attachments: [],
      embeds: [],
      stickers: [],
      reactions: [],
      mentions: [],
    },
    {
      id: '2',
      type: 'Default',
      timestamp: '2023-12-31T21:41:05.123+07:00',
      timestampEdited: null,
      isPinned: false,
      content: 'hey vanna, how old are you?',
      author: { id: '300', name: 'dara_99', discriminator: '0000', nickname: 'Dara', isBot: false },
      attachments: [],
      embeds: [],
      stickers: [],
      reactions: [],
      mentions: [],
    },
    {
      id: '3',
      type: 'Reply',
      timestamp: '2023-12-31T21:42:00+07:00',
      content: '13',
      author: { id: '200', name: 'kid_vanna', discriminator: '0000', nickname: null, isBot: false },
      attachments: [
        {
          id: '9',
          url: 'https://cdn.discordapp.com/attachments/1/9/cat.png',
          fileName: 'cat.png',
          fileSizeBytes: 12345,
        },
      ],
      embeds: [],
      stickers: [{ id: '5', name: 'wave', format: 'Png', sourceUrl: 'https://cdn.discordapp.com/stickers/5.png' }],
      reference: { messageId: '2', channelId: '1100000000000000001', guildId: '1100000000000000000' },
    },
    {
      id: '4',
      type: 'Default',
      timestamp: '2023-12-31T21:43:00+07:00',
      content: '',
      author: { id: '400', name: 'helper-bot', discriminator: '1234', nickname: 'Helper', isBot: true },
      attachments: [],
      embeds: [{ title: 'Rules', url: 'https://example.org/rules', description: 'Be kind.' }],
      stickers: [],
    },
  ],
  messageCount: 4,
};

describe('Discord (DiscordChatExporter JSON)', () => {
  it('reads nickname or name, ISO times with their offset, attachments, stickers and embeds; skips joins', () => {
    const chat = importChat({
      name: 'Study Group - general [1100000000000000001].json',
      bytes: new TextEncoder().encode(JSON.stringify(discordExport)),
    });
    expect(chat.format).toBe('discord');
    expect(chat.title).toBe('Study Group / #general');
    expect(chat.messages).toEqual([
      { author: 'Dara', time: '2023-12-31T21:41:05.123+07:00', text: 'hey vanna, how old are you?' },
      { author: 'kid_vanna', time: '2023-12-31T21:42:00+07:00', text: '13', media: ['image', 'sticker'] },
      {
        author: 'Helper',
        time: '2023-12-31T21:43:00+07:00',
        text: 'Rules\nBe kind.\nhttps://example.org/rules',
        media: ['link'],
      },
    ]);
    expect(chat.counts.systemMessages).toBe(1);
  });
});
