/**
 * Fictional chat exports for the chat check's tests: every name, number and account is made up.
 * A WhatsApp (Android) export of an adult grooming a 13-year-old, late at night; a Telegram
 * Desktop result.json of an everyday family chat; and broken files.
 */

const WHATSAPP_LINES: [string, string, string][] = [
  ['02/03/2024, 19:02', 'Kevin Lim', 'hi sophea! saw your dance video on tiktok, you are so talented 😍'],
  ['02/03/2024, 19:05', 'Sophea', 'thank you 😊'],
  ['02/03/2024, 19:06', 'Kevin Lim', 'how old r u?'],
  ['02/03/2024, 19:07', 'Sophea', "i'm 13"],
  ['02/03/2024, 19:08', 'Kevin Lim', "i'm 24. age is just a number, you are very mature for your age"],
  ['02/03/2024, 22:41', 'Kevin Lim', 'are your parents home? are you alone in your room?'],
  [
    '02/03/2024, 22:44',
    'Kevin Lim',
    "this is our secret ok, don't tell anyone. add me on telegram @kevin_dance99 or call +855 12 345 678",
  ],
  ['02/03/2024, 22:50', 'Sophea', 'ok'],
  ['02/03/2024, 23:12', 'Kevin Lim', 'send me a pic of you, just for me. i will buy you a new phone'],
  ['02/03/2024, 23:15', 'Sophea', 'what kind of pic'],
  ['02/03/2024, 23:16', 'Kevin Lim', 'in your pajamas, nobody will see it. delete our chat after'],
  ['03/03/2024, 23:30', 'Kevin Lim', "let's meet after school tomorrow, i will pick you up. don't tell your mom"],
];

/** WhatsApp "Export chat" (without media), Android, day/month/year. */
export const WHATSAPP_GROOMING = [
  '02/03/2024, 19:00 - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them. Tap to learn more.',
  ...WHATSAPP_LINES.map(([time, author, text]) => `${time} - ${author}: ${text}`),
  '',
].join('\n');

const TELEGRAM_LINES: [string, string, string][] = [
  ['2024-05-10T18:01:00', 'Mum', 'Dinner at 7, your aunt is coming'],
  ['2024-05-10T18:03:00', 'Dara', 'ok! can I bring Vanna?'],
  ['2024-05-10T18:04:00', 'Mum', 'Of course. Buy some mangoes at the market on your way please'],
  ['2024-05-10T18:20:00', 'Dara', 'got them. the football match is on tv tonight, can we watch after dinner?'],
  ['2024-05-10T18:21:00', 'Mum', 'Only if your homework is done 🙂'],
  ['2024-05-10T18:22:00', 'Dara', 'it is, I finished maths at school'],
  ['2024-05-11T08:15:00', 'Mum', 'Good morning, do not forget your jacket, it will rain'],
  ['2024-05-11T08:16:00', 'Dara', 'thanks mum, see you tonight'],
];

/** Telegram Desktop "Export chat history" as JSON (result.json) of a personal chat. */
export const TELEGRAM_EVERYDAY = JSON.stringify(
  {
    name: 'Mum',
    type: 'personal_chat',
    id: 4012345678,
    messages: TELEGRAM_LINES.map(([date, from, text], index) => ({
      id: index + 1,
      type: 'message',
      date,
      date_unixtime: String(Math.floor(Date.parse(`${date}Z`) / 1000) - 7 * 3600),
      from,
      from_id: from === 'Mum' ? 'user4012345678' : 'user100',
      text,
      text_entities: [{ type: 'plain', text }],
    })),
  },
  null,
  1,
);

/** A Telegram export cut off in the middle (a failed download). */
export const TELEGRAM_TRUNCATED = TELEGRAM_EVERYDAY.slice(0, Math.floor(TELEGRAM_EVERYDAY.length / 2));

/** A file that is not a chat export at all. */
export const NOT_A_CHAT = 'Shopping list\n- rice\n- fish sauce\n- mangoes\n';

export const encodeText = (text: string): Uint8Array => new TextEncoder().encode(text);
