import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

/**
 * A deterministic multilingual corpus of short messages for the scanning benchmark: mostly
 * everyday chat in the nine languages with emoji and the obfuscation people use (upper case,
 * zero-width characters, fullwidth letters, leetspeak, decomposed Vietnamese), and a few percent
 * of lure-like messages. The same seed and size always give the same bytes.
 */

const EVERYDAY: Record<string, readonly string[]> = {
  en: [
    'hey are you coming tonight',
    'mum says dinner at 7',
    'did you finish the homework',
    'the bus is late again',
    'happy birthday!!',
    'can you send me the photos from the trip',
    'meeting moved to 3pm',
    'I got the job at the bank',
    'lol that video',
    'see you at the market',
    'my phone battery is dying',
    'who is bringing the drinks',
    'traffic is terrible today',
    'thanks for the help yesterday',
    'price of rice went up again',
  ],
  km: [
    'សួស្តី បងសុខសប្បាយទេ',
    'ម៉ាក់ហៅញ៉ាំបាយ',
    'ថ្ងៃនេះភ្លៀងខ្លាំងណាស់',
    'ស្អែកជួបគ្នានៅផ្សារ',
    'ធ្វើកិច្ចការផ្ទះហើយនៅ',
    'រីករាយថ្ងៃកំណើត',
    'ឡានក្រុងមកយឺតទៀតហើយ',
    'អរគុណច្រើនបង',
    'ខ្ញុំនៅផ្ទះ ចាំបន្តិច',
    'តម្លៃអង្ករឡើងថ្លៃ',
  ],
  zh: [
    '今天晚上一起吃饭吗',
    '妈妈说七点回家',
    '作业写完了吗',
    '公交车又晚了',
    '生日快乐',
    '明天见',
    '谢谢你昨天帮忙',
    '下午三点开会',
    '这个视频太好笑了',
    '手机快没电了',
  ],
  th: [
    'คืนนี้ไปกินข้าวกันไหม',
    'แม่บอกให้กลับบ้านก่อนหนึ่งทุ่ม',
    'ทำการบ้านเสร็จหรือยัง',
    'รถเมล์มาสายอีกแล้ว',
    'สุขสันต์วันเกิด',
    'เจอกันพรุ่งนี้นะ',
    'ขอบคุณมากนะ 555',
    'ประชุมเลื่อนเป็นบ่ายสาม',
    'ฝนตกหนักมาก',
    'แบตโทรศัพท์จะหมดแล้ว',
  ],
  vi: [
    'tối nay đi ăn không',
    'mẹ bảo về nhà trước 7 giờ',
    'làm bài tập xong chưa',
    'xe buýt lại trễ rồi',
    'chúc mừng sinh nhật',
    'mai gặp nhé',
    'cảm ơn bạn nhiều',
    'họp dời sang 3 giờ chiều',
    'trời mưa to quá',
    'điện thoại sắp hết pin',
  ],
  id: [
    'nanti malam jadi makan bareng',
    'ibu bilang pulang sebelum jam 7',
    'udah selesai PR belum',
    'busnya telat lagi',
    'selamat ulang tahun',
    'sampai jumpa besok',
    'makasih banyak ya',
    'rapat diundur jam 3 sore',
    'hujan deras banget',
    'baterai hp mau habis',
  ],
  my: [
    'ဒီည ထမင်းအတူစားမလား',
    'အမေက ခုနစ်နာရီ အိမ်ပြန်ခိုင်းတယ်',
    'အိမ်စာ ပြီးပြီလား',
    'ဘတ်စ်ကား နောက်ကျပြန်ပြီ',
    'မွေးနေ့ မင်္ဂလာပါ',
    'မနက်ဖြန် တွေ့မယ်',
    'ကျေးဇူးအများကြီးတင်ပါတယ်',
    'မိုးအရမ်းရွာတယ်',
  ],
  lo: [
    'ຄືນນີ້ໄປກິນເຂົ້ານຳກັນບໍ່',
    'ແມ່ບອກໃຫ້ກັບບ້ານກ່ອນເຈັດໂມງ',
    'ເຮັດວຽກບ້ານແລ້ວບໍ່',
    'ລົດເມມາຊ້າອີກແລ້ວ',
    'ສຸກສັນວັນເກີດ',
    'ພົບກັນມື້ອື່ນ',
    'ຂອບໃຈຫຼາຍໆ',
    'ຝົນຕົກໜັກຫຼາຍ',
  ],
  tl: [
    'tuloy ba tayo mamaya',
    'sabi ni mama umuwi bago mag 7',
    'tapos na ba assignment mo',
    'late na naman yung jeep',
    'happy birthday po',
    'kita tayo bukas',
    'salamat sa tulong kahapon',
    'ang lakas ng ulan',
    'lowbat na ako',
    'libre mo naman ako hehe',
  ],
};

const LURES: readonly string[] = [
  'URGENT hiring customer service in Sihanoukville, no experience, $1500/month, free visa and flight, contact telegram',
  'việc nhẹ lương cao ở Campuchia, bao ăn ở, không cần kinh nghiệm, liên hệ zalo',
  '高薪招聘客服 月薪3万 包吃包住 包机票 西港',
  'รับสมัครแอดมินออนไลน์ รายได้สูง ไม่ต้องมีประสบการณ์ ที่พักฟรี',
  'lowongan customer service di Kamboja gaji besar tidak perlu pengalaman tiket pesawat gratis',
  'hiring po data encoder sa Myanmar 50k a month free food lodging at ticket, pm sa telegram',
  'ការងារស្រួល ប្រាក់ខែខ្ពស់ នៅថៃ មិនត្រូវការបទពិសោធន៍ ក្រុមហ៊ុនចេញថ្លៃធ្វើដំណើរ',
  'I have your video. Pay $500 in gift cards in 24 hours or I send it to all your friends',
  'how old are you? dont tell your parents about us, send me a pic',
  'buying kidney, good price, all costs paid, contact whatsapp',
];

const EMOJI = ['😂', '🙏', '❤️', '👍', '🔥', '😭', '🎉', '✈️', '💰', '🤣'];
const ZERO_WIDTH = '\u200b';

/** The seeded generator of the benchmark corpus (mulberry32): the same seed gives the same messages. */
export function mulberry32(seed: number): () => number {
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

function disguise(random: () => number, text: string): string {
  const roll = random();
  if (roll < 0.05) return text.toUpperCase();
  if (roll < 0.07) return [...text].join(ZERO_WIDTH);
  if (roll < 0.09) return text.replace(/[a-z]/gu, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
  if (roll < 0.11) return text.replace(/[aeo]/gu, (c) => ({ a: '4', e: '3', o: '0' })[c] ?? c);
  if (roll < 0.13) return text.normalize('NFD');
  return text;
}

/** One message: one to three everyday fragments, sometimes a number, emoji or a lure. */
export function makeMessage(random: () => number, languages: readonly string[]): string {
  if (random() < 0.03) return disguise(random, pick(random, LURES));
  const language = pick(random, languages);
  const pool = EVERYDAY[language] ?? [];
  const parts: string[] = [];
  const count = 1 + Math.floor(random() * 3);
  for (let i = 0; i < count; i++) parts.push(disguise(random, pick(random, pool)));
  if (random() < 0.25) parts.push(String(Math.floor(random() * 10_000)));
  if (random() < 0.4) parts.push(pick(random, EMOJI));
  return parts.join(language === 'zh' || language === 'th' || language === 'lo' ? ' ' : ', ');
}

/** Writes `{"id","text"}` lines until `sizeBytes` is reached; returns the number of messages. */
export async function generateCorpus(path: string, sizeBytes: number, seed = 20261201): Promise<number> {
  const random = mulberry32(seed);
  const languages = Object.keys(EVERYDAY);
  const out = createWriteStream(path);
  let written = 0;
  let count = 0;
  let chunk = '';
  while (written < sizeBytes) {
    const line = `${JSON.stringify({ id: `m${count}`, text: makeMessage(random, languages) })}\n`;
    chunk += line;
    written += Buffer.byteLength(line);
    count++;
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  out.end(chunk);
  await once(out, 'finish');
  return count;
}
