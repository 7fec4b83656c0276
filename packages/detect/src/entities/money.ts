/**
 * Amounts of money with a currency (written before or after the number, or implied by a local
 * multiplier word such as "triệu", "juta", "万", "ล้าน", "သိန်း"), with an optional period
 * ("/month", "ต่อเดือน", "mỗi ngày", "月薪…"). details: amount (in the currency), currency (ISO
 * code or USDT/USDC), usd (approximate), period.
 */
import type { Entity, EntityDetails } from '../types.ts';
import { toAsciiDigits } from './digits.ts';
import { toUsd } from './exchange-rates.ts';

type Period = NonNullable<EntityDetails['period']>;

/** A Latin word must not run on into another letter or digit. */
const latin = (word: string): string => `${word}(?![\\p{L}\\p{N}])`;

/** Currency markers written before the number. Longer alternatives first. */
const PREFIXES: ReadonlyArray<[string, string]> = [
  ['USDT', latin('usdt')],
  ['USDC', latin('usdc')],
  ['USD', 'us\\$|' + latin('usd') + '|\\$'],
  ['KHR', '៛|' + latin('khr')],
  ['THB', '฿|' + latin('thb')],
  ['VND', '₫|' + latin('vnd')],
  ['IDR', 'rp\\.?(?![\\p{L}])|' + latin('idr')],
  ['PHP', '₱|' + latin('php')],
  ['MMK', latin('mmk')],
  ['LAK', '₭|' + latin('lak')],
  ['CNY', '¥|￥|' + latin('rmb') + '|' + latin('cny')],
  ['MYR', 'rm(?![\\p{L}])|' + latin('myr')],
];

/** Currency markers written after the number (and its multiplier). Longer alternatives first. */
const SUFFIXES: ReadonlyArray<[string, string]> = [
  ['USDT', latin('usdt') + '|U(?![\\p{L}\\p{N}])'],
  ['USDC', latin('usdc')],
  [
    'USD',
    'us\\$|' +
      latin('usd') +
      '|\\$|' +
      latin('dollars?') +
      '|' +
      latin('đô\\s?la') +
      '|' +
      latin('đô') +
      '|ដុល្លារ|ដុល្លា|ดอลลาร์|ดอลล่าร์|美元|美金|刀|' +
      latin('dolyar') +
      '|' +
      latin('dolar'),
  ],
  ['KHR', '៛|រៀល|' + latin('riels?') + '|' + latin('khr')],
  ['THB', '฿|บาท|' + latin('baht') + '|' + latin('thb')],
  ['VND', '₫|' + latin('vnđ') + '|' + latin('vnd') + '|' + latin('đồng') + '|' + latin('đ') + '|' + latin('dong')],
  ['IDR', latin('rupiah') + '|' + latin('idr')],
  ['PHP', '₱|' + latin('php') + '|' + latin('pesos?') + '|' + latin('piso')],
  ['MMK', 'ကျပ်|' + latin('kyats?') + '|' + latin('mmk')],
  ['LAK', '₭|ກີບ|' + latin('kip') + '|' + latin('lak')],
  ['CNY', '块钱|块|塊|元|人民币|' + latin('rmb') + '|' + latin('cny') + '|' + latin('yuan') + '|¥|￥'],
  ['MYR', latin('ringgit') + '|' + latin('myr') + '|' + latin('rm')],
];

/** Multiplier words: [factor, currency they imply or '' for none, pattern]. Longer first. */
const MULTIPLIERS: ReadonlyArray<[number, string, string]> = [
  [1e3, 'VND', latin('nghìn') + '|' + latin('ngàn') + '|' + latin('nghin') + '|' + latin('ngan')],
  [1e6, 'VND', latin('triệu') + '|' + latin('trieu') + '|' + latin('tr')],
  [1e9, 'VND', latin('tỷ') + '|' + latin('tỉ')],
  [1e6, 'IDR', latin('juta') + '|' + latin('jt')],
  [1e3, 'IDR', latin('ribu') + '|' + latin('rb')],
  [1e9, 'IDR', latin('miliar')],
  [1e5, 'MMK', latin('lakhs?') + '|သိန်း'],
  [1e4, 'MMK', 'သောင်း'],
  [1e3, 'MMK', 'ထောင်'],
  [1e6, 'MMK', 'သန်း'],
  [1e6, 'THB', 'ล้าน'],
  [1e5, 'THB', 'แสน'],
  [1e4, 'THB', 'หมื่น'],
  [1e3, 'THB', 'พัน'],
  [1e6, 'KHR', 'លាន'],
  [1e5, 'KHR', 'សែន'],
  [1e4, 'KHR', 'ម៉ឺន'],
  [1e3, 'KHR', 'ពាន់'],
  [1e6, 'LAK', 'ລ້ານ'],
  [1e5, 'LAK', 'ແສນ'],
  [1e3, 'LAK', 'ພັນ'],
  [1e7, 'CNY', '千万|千萬'],
  [1e6, 'CNY', '百万|百萬'],
  [1e4, 'CNY', '万|萬'],
  [1e3, 'CNY', '千'],
  [1e8, 'CNY', '亿|億'],
  [1e6, '', latin('million') + '|' + latin('milyon') + '|' + latin('mil') + '|' + latin('mn') + '|' + latin('m')],
  [1e9, '', latin('billion') + '|' + latin('bn')],
  [1e3, '', latin('libo') + '|' + latin('k')],
];

const CONNECTOR = [
  '/',
  latin('per'),
  latin('an'),
  latin('a'),
  latin('every'),
  latin('each'),
  latin('mỗi'),
  latin('một'),
  'ต่อ',
  'ក្នុង\\s?មួយ',
  'ក្នុង',
  '每',
  '一个',
  '一',
  latin('kada'),
  latin('bawat'),
  latin('sa\\s?isang'),
  latin('setiap'),
  latin('tiap'),
  'တစ်',
].join('|');

/** Period units: [period, pattern]. */
const UNITS: ReadonlyArray<[Period, string]> = [
  [
    'month',
    latin('months?') +
      '|' +
      latin('mth') +
      '|' +
      latin('mo') +
      '|' +
      latin('tháng') +
      '|' +
      latin('thang') +
      '|เดือน|ខែ|月|' +
      latin('bulan') +
      '|' +
      latin('buwan') +
      '|ເດືອນ|လ',
  ],
  [
    'day',
    latin('days?') +
      '|' +
      latin('ngày') +
      '|' +
      latin('ngay') +
      '|วัน|ថ្ងៃ|天|日|' +
      latin('hari') +
      '|' +
      latin('araw') +
      '|ວັນ|ရက်',
  ],
  [
    'hour',
    latin('hours?') +
      '|' +
      latin('hr') +
      '|' +
      latin('h') +
      '|' +
      latin('giờ') +
      '|ชั่วโมง|ម៉ោង|小时|' +
      latin('jam') +
      '|' +
      latin('oras') +
      '|ຊົ່ວໂມງ|နာရီ',
  ],
  [
    'week',
    latin('weeks?') +
      '|' +
      latin('wk') +
      '|' +
      latin('tuần') +
      '|สัปดาห์|អាទិត្យ|周|星期|' +
      latin('minggu') +
      '|' +
      latin('linggo') +
      '|ອາທິດ|ပတ်',
  ],
  [
    'year',
    latin('years?') +
      '|' +
      latin('yr') +
      '|' +
      latin('năm') +
      '|ปี|ឆ្នាំ|年|' +
      latin('tahun') +
      '|' +
      latin('taon') +
      '|ປີ|နှစ်',
  ],
];

/** Period words that need no connector. */
const STANDALONE: ReadonlyArray<[Period, string]> = [
  [
    'month',
    latin('monthly') +
      '|' +
      latin('sebulan') +
      '|' +
      latin('bulanan') +
      '|' +
      latin('buwanan') +
      '|รายเดือน|每月|一个月',
  ],
  ['day', latin('daily') + '|' + latin('sehari') + '|' + latin('harian') + '|รายวัน|每天|每日'],
  ['hour', latin('hourly') + '|每小时'],
  ['week', latin('weekly') + '|' + latin('seminggu') + '|' + latin('mingguan') + '|每周'],
  ['year', latin('yearly') + '|' + latin('annually') + '|' + latin('setahun') + '|每年'],
];

/**
 * Words before an amount that give its period ("月薪3万", "เงินเดือน 30,000 บาท"). A bare salary word
 * ("salary $2,500", "gaji Rp 8 juta", "lương 15 triệu") means a monthly wage, as in the region's job ads.
 */
const PERIOD_BEFORE: ReadonlyArray<[Period, RegExp]> = [
  [
    'month',
    /(?:月薪|月入|月收入|底薪|月給|เงินเดือน|เดือนละ|ប្រាក់ខែ|lương tháng|mỗi tháng|monthly|per month|a month|gaji bulanan|per bulan|sebulan|buwanang|kada buwan|လစာ|ເງິນເດືອນ|salary|basic pay|basic|gaji pokok|gaji|lương cứng|lương cơ bản|lương|sahod|sweldo|薪水|薪资|薪資|工资|工資|待遇)[^\d\n]{0,8}$/iu,
  ],
  ['day', /(?:日薪|日入|日赚|日結|日结|วันละ|mỗi ngày|daily|per day|sehari|kada araw)[^\d\n]{0,8}$/iu],
  ['hour', /(?:时薪|時薪|ชั่วโมงละ|per hour|hourly)[^\d\n]{0,8}$/iu],
  ['year', /(?:年薪|annual salary|per year)[^\d\n]{0,8}$/iu],
];

const alternation = (parts: ReadonlyArray<readonly [unknown, string]>): string => parts.map((p) => p[1]).join('|');

/**
 * The number: grouped thousands ("1,500", "1.500.000", "30 000") with optional decimals, or a plain
 * run with optional decimals. Both alternatives are bounded; separators are not digits, so a run
 * is split in one way only.
 */
const NUMBER = '\\d{1,3}(?:[,.\\u00a0\\u202f ]\\d{3}){1,6}(?:[.,]\\d{1,2})?(?!\\d)|\\d{1,15}(?:[.,]\\d{1,4})?(?!\\d)';

const MONEY_RE = new RegExp(
  '(?<![A-Za-z0-9\\u00c0-\\u024f\\u1e00-\\u1eff.,])' +
    `(?:(${alternation(PREFIXES)})\\s{0,2})?` +
    `(${NUMBER})` +
    `(?:\\s{0,2}(${MULTIPLIERS.map((m) => m[2]).join('|')}))?` +
    `(?:\\s{0,2}(${alternation(SUFFIXES)}))?` +
    `(?:\\s{0,3}(?:(?:${CONNECTOR})\\s{0,2}(${alternation(UNITS)})|(${alternation(STANDALONE)})))?`,
  'giu',
);

const anchored = <T>(table: ReadonlyArray<readonly [T, string]>): Array<[T, RegExp]> =>
  table.map(([key, src]) => [key, new RegExp(`^(?:${src})$`, 'iu')]);
const PREFIX_TESTS = anchored(PREFIXES);
const SUFFIX_TESTS = anchored(SUFFIXES);
const UNIT_TESTS = anchored(UNITS);
const STANDALONE_TESTS = anchored(STANDALONE);
const MULTIPLIER_TESTS: Array<[number, string, RegExp]> = MULTIPLIERS.map(([f, c, src]) => [
  f,
  c,
  new RegExp(`^(?:${src})$`, 'iu'),
]);

/** Vietnamese letters with tone or hook marks: "500k" near them means 500,000 đồng. */
const VIETNAMESE = /[ăâđêôơư\u1ea0-\u1ef9]/iu;

function lookup<T>(tests: ReadonlyArray<[T, RegExp]>, written: string | undefined): T | undefined {
  if (written === undefined) return undefined;
  for (const [key, re] of tests) if (re.test(written)) return key;
  return undefined;
}

/**
 * The value of a written number. "1,500.50" / "1.500,50": the last separator is the decimal mark
 * when followed by 1–2 digits (or 4). A single separator before exactly three digits is a
 * thousands separator ("1.500" in Indonesian and Vietnamese), unless the integer part is 0 or a
 * multiplier follows ("1.500 triệu" is 1.5 million).
 */
export function parseNumber(written: string, hasMultiplier: boolean): number {
  const s = written.replace(/[\u00a0\u202f ]/gu, ',');
  const seps = [...s.matchAll(/[.,]/gu)];
  if (seps.length === 0) return Number(s);
  const last = seps[seps.length - 1];
  const lastIndex = last?.index ?? 0;
  const tail = s.slice(lastIndex + 1);
  const distinct = new Set(seps.map((m) => m[0]));
  let decimalAt = -1;
  if (distinct.size > 1) decimalAt = tail.length === 3 && !hasMultiplier ? -1 : lastIndex;
  else if (seps.length > 1) decimalAt = -1;
  else if (tail.length !== 3 || hasMultiplier || /^0+$/u.test(s.slice(0, lastIndex))) decimalAt = lastIndex;
  const intPart = (decimalAt < 0 ? s : s.slice(0, decimalAt)).replace(/[.,]/gu, '');
  const fracPart = decimalAt < 0 ? '' : s.slice(decimalAt + 1);
  return Number(fracPart === '' ? intPart : `${intPart}.${fracPart}`);
}

function periodBefore(text: string, start: number): Period | undefined {
  const window = text.slice(Math.max(0, start - 24), start);
  for (const [period, re] of PERIOD_BEFORE) if (re.test(window)) return period;
  return undefined;
}

/** At most this many amounts per text (a hostile or tabular text cannot make the scan costly). */
const MAX_AMOUNTS = 2000;

/**
 * How far before its first digit an amount can start: the longest prefix ("usdt", four code units
 * even case-folded) and two spaces, with margin. Every amount contains a digit.
 */
const PREFIX_REACH = 16;

/**
 * The next `MONEY_RE` match from `from`, the same as `exec` from there: the scan starts a little
 * before the next ASCII digit instead of trying the regex at every position of digit-free text.
 */
function nextMatch(s: string, from: number): RegExpExecArray | null {
  let digit = from;
  while (digit < s.length && !(s.charCodeAt(digit) >= 0x30 && s.charCodeAt(digit) <= 0x39)) digit++;
  if (digit >= s.length) return null;
  MONEY_RE.lastIndex = Math.max(from, digit - PREFIX_REACH);
  return MONEY_RE.exec(s);
}

/** Money amounts with a currency. */
export function findMoney(text: string): Entity[] {
  const s = toAsciiDigits(text);
  const out: Entity[] = [];
  for (let m = nextMatch(s, 0); m !== null && out.length < MAX_AMOUNTS; m = nextMatch(s, MONEY_RE.lastIndex)) {
    const [whole, prefix, num = '', mult, suffixWritten, unit, standalone] = m;
    let suffix = suffixWritten;
    let end = m.index + whole.length;
    // "U" for USDT only when glued to the number ("500U"), never "500 u".
    if (
      suffix !== undefined &&
      /^u$/iu.test(suffix) &&
      (suffix !== 'U' || /\s$/u.test(whole.slice(0, whole.lastIndexOf(suffix))))
    ) {
      suffix = undefined;
      end = m.index + whole.lastIndexOf(suffixWritten ?? '');
      if (unit !== undefined || standalone !== undefined) continue;
    }
    const multiplier = MULTIPLIER_TESTS.find(([, , re]) => mult !== undefined && re.test(mult));
    let currency = lookup(PREFIX_TESTS, prefix) ?? lookup(SUFFIX_TESTS, suffix);
    if (currency === undefined && multiplier !== undefined && multiplier[1] !== '') currency = multiplier[1];
    if (currency === undefined && multiplier !== undefined && /^k$/iu.test(mult ?? '')) {
      const around = s.slice(Math.max(0, m.index - 40), Math.min(s.length, end + 40));
      if (VIETNAMESE.test(around)) currency = 'VND';
    }
    if (currency === undefined) continue;
    const amount = parseNumber(num, multiplier !== undefined) * (multiplier?.[0] ?? 1);
    if (!Number.isFinite(amount) || amount <= 0 || amount > 1e15) continue;
    // Trim trailing whitespace swallowed before an unmatched optional part.
    while (end > m.index && /\s/u.test(s.charAt(end - 1))) end--;
    const details: EntityDetails = { amount, currency };
    const usd = toUsd(amount, currency);
    if (usd !== undefined) details.usd = usd;
    const period = lookup(UNIT_TESTS, unit) ?? lookup(STANDALONE_TESTS, standalone) ?? periodBefore(s, m.index);
    if (period !== undefined) details.period = period;
    const start = m.index;
    out.push({
      type: 'money',
      start,
      end,
      value: text.slice(start, end),
      normalized: `${amount} ${currency}${period === undefined ? '' : `/${period}`}`,
      details,
    });
  }
  return out;
}
