import { once } from 'node:events';
import { createWriteStream } from 'node:fs';

/**
 * A deterministic synthetic WhatsApp export (Android format, `dd/mm/yyyy, HH:MM - Name: text`)
 * for the conversation benchmark: a family-and-friends group chat of everyday messages in English
 * and Khmer, with multi-line messages, media placeholders and emoji, and about 2 % of messages
 * from a stranger following grooming and job-lure scripts. All names and numbers are invented.
 * The same seed and count always give the same bytes.
 *
 * With `distinct`, every message that is not a media placeholder ends with its own nickname (a
 * made-up Latin word, unique per message), so no two lines of the export are the same: the
 * analyzer's cache of repeated lines never answers and every message pays the full engine cost,
 * the worst case for a chat whose lines are all different.
 */

const PEOPLE = ['Mum', 'Dara', 'Sophea', 'Uncle Vuthy', 'Bopha'];
const STRANGER = 'Kevin Lim';

const EVERYDAY = [
  'are you coming home for dinner?',
  'bus is late again 🙄',
  'ok see you at the market',
  'did you finish your homework',
  'happy birthday!! 🎉🎂',
  'can you buy rice on the way',
  'lol that video 😂😂',
  'my phone battery is dying',
  'thanks for yesterday',
  'it is raining so hard here',
  'ម៉ាក់ហៅញ៉ាំបាយ',
  'ស្អែកជួបគ្នានៅផ្សារ',
  'អរគុណច្រើនបង',
  'ថ្ងៃនេះភ្លៀងខ្លាំងណាស់',
  'ធ្វើកិច្ចការផ្ទះហើយនៅ',
  '<Media omitted>',
  'who is bringing the drinks on Sunday',
  'the exam is next week, I am so tired',
];

const MULTI_LINE = ['shopping list:\n- rice\n- eggs\n- fish sauce', 'address:\nStreet 271\nnear the pagoda'];

const LURES = [
  'hey, saw your dance video, you are really good 😊',
  'how old are you? do your parents check your phone?',
  "this is our secret ok, don't tell anyone",
  'add me on telegram, it is safer there',
  'send me a pic of you, just for me',
  'easy job in Sihanoukville, $1500/month, free visa and flight, send a photo of your passport',
  'i can buy you a new phone if you meet me on saturday',
];

function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)] as T;
}

const two = (value: number): string => String(value).padStart(2, '0');

/** One export line (or several, for a multi-line message) at the given minute since 1 Jan 2024. */
function formatMessage(minute: number, author: string, text: string): string {
  const date = new Date(Date.UTC(2024, 0, 1) + minute * 60_000);
  return `${two(date.getUTCDate())}/${two(date.getUTCMonth() + 1)}/${date.getUTCFullYear()}, ${two(date.getUTCHours())}:${two(date.getUTCMinutes())} - ${author}: ${text}\n`;
}

const SYLLABLES = [
  'ka',
  'mi',
  'ro',
  'na',
  'te',
  'su',
  'lo',
  'vi',
  'da',
  'po',
  'ri',
  'ne',
  'bo',
  'ha',
  'yu',
  'ke',
  'sa',
  'lu',
  'mo',
  'ti',
];

/** A made-up nickname unique to `index` (base 20 in syllables, at least two syllables). */
export function nicknameFor(index: number): string {
  let name = '';
  let rest = index;
  do {
    name += SYLLABLES[rest % SYLLABLES.length] ?? '';
    rest = Math.floor(rest / SYLLABLES.length);
  } while (rest > 0);
  return name.length < 4 ? `${name}ya` : name;
}

export interface SyntheticExportOptions {
  seed?: number;
  /** Every message text unique (see the module comment). */
  distinct?: boolean;
}

/** Writes `messages` messages to `path` with backpressure (memory stays flat); returns the bytes written. */
export async function generateWhatsAppExport(
  path: string,
  messages: number,
  { seed = 20261201, distinct = false }: SyntheticExportOptions = {},
): Promise<number> {
  const random = mulberry32(seed);
  const out = createWriteStream(path);
  let bytes = 0;
  let minute = 0;
  let buffer = '';
  for (let i = 0; i < messages; i++) {
    minute += 1 + Math.floor(random() * 6);
    const roll = random();
    const author = roll < 0.02 ? STRANGER : pick(random, PEOPLE);
    const text = roll < 0.02 ? pick(random, LURES) : roll < 0.05 ? pick(random, MULTI_LINE) : pick(random, EVERYDAY);
    buffer += formatMessage(
      minute,
      author,
      distinct && text !== '<Media omitted>' ? `${text} ${nicknameFor(i)}` : text,
    );
    if (buffer.length >= 1 << 16) {
      bytes += Buffer.byteLength(buffer);
      if (!out.write(buffer)) await once(out, 'drain');
      buffer = '';
    }
  }
  bytes += Buffer.byteLength(buffer);
  out.end(buffer);
  await once(out, 'finish');
  return bytes;
}
