import { normalizeText, type NormalizedText } from '../text/normalize.ts';
import { isWordChar } from '../text/char-classes.ts';
import type { Entity, Span } from '../types.ts';

/**
 * Whether an age the engine found (`age` entity) is the writer's own age: "I'm 13", "ខ្ញុំអាយុ១៤ឆ្នាំ",
 * "我13岁", "หนูอายุ 13", "em 13 tuổi", "aku umur 13", "13 f" at the start of a message — and not
 * someone else's ("my brother is 13", "我弟弟13岁") nor a question ("ur 13?").
 *
 * It reads the clause before the number: a first-person word there makes it the writer's age,
 * unless a relative, a third person or "you" is named in the same clause.
 */

/** First-person words (and the self-references children and adults use in Khmer, Thai, Vietnamese). */
const FIRST_PERSON = [
  'i',
  'im',
  'i m',
  'me',
  'my age',
  'ខ្ញុំ',
  'អូន',
  'បង',
  '我',
  'หนู',
  'พี่',
  'ผม',
  'ฉัน',
  'เรา',
  'กู',
  'em',
  'tôi',
  'toi',
  'mình',
  'minh',
  'con',
  'cháu',
  'chau',
  'tui',
  'anh',
  'chị',
  'aku',
  'saya',
  'gue',
  'gw',
  'ku',
  'ako',
  'ko',
  'ကျွန်တော်',
  'ကျွန်မ',
  'ငါ',
  'ຂ້ອຍ',
  'ຂ້ານ້ອຍ',
  'ເຮົາ',
  'ອ້າຍ',
  'ເອື້ອຍ',
].map((word) => normalizeText(word).text);

/** Relatives, third persons and "you": the age is someone else's. */
const SOMEONE_ELSE = [
  'brother',
  'sister',
  'bro',
  'sis',
  'mom',
  'mum',
  'dad',
  'son',
  'daughter',
  'kid',
  'kids',
  'child',
  'cousin',
  'friend',
  'nephew',
  'niece',
  'he',
  'she',
  'hes',
  'shes',
  'they',
  'his',
  'her',
  'you',
  'your',
  'youre',
  'ur',
  'u',
  'ប្អូន',
  'បងប្រុស',
  'បងស្រី',
  'កូន',
  'គាត់',
  'គេ',
  'ក្មួយ',
  'មិត្ត',
  '弟',
  '妹',
  '哥',
  '姐',
  '儿子',
  '女儿',
  '孩子',
  '朋友',
  '同学',
  '他',
  '她',
  '你',
  'น้อง',
  'พี่สาว',
  'พี่ชาย',
  'ลูก',
  'เขา',
  'เธอ',
  'เพื่อน',
  'หลาน',
  'ấy',
  'nó',
  'bạn',
  'con tôi',
  'em tôi',
  'em trai',
  'em gái',
  'adik',
  'anak',
  'kakak',
  'abang',
  'teman',
  'dia',
  'kamu',
  'kau',
  'lu',
  'kapatid',
  'pinsan',
  'kaibigan',
  'siya',
  'ikaw',
  'ka',
  'mo',
  'ညီ',
  'ညီမ',
  'သား',
  'သမီး',
  'သူ',
  'မင်း',
  'ນ້ອງ',
  'ລູກ',
  'ລາວ',
  'ເຈົ້າ',
  'ໝູ່',
].map((word) => normalizeText(word).text);

/** How far back the clause before the number is read, in original code units. */
const CLAUSE_REACH = 24;
const CLAUSE_END = new Set(['.', '!', '?', ';', '\n', '。', '！', '？', '។', '၊', '။']);
const QUESTION = new Set(['?', '？']);
/** An age stated at the very start of a message ("13 f", "14 yo here") is the writer's. */
const MESSAGE_START_REACH = 2;

/** Occurrences of `word` in `text` that sit on word boundaries when the word is Latin. */
function containsWord(text: string, word: string): boolean {
  const latin = isWordChar(word.charCodeAt(0));
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (!latin) return true;
    const before = at === 0 ? 0x20 : text.charCodeAt(at - 1);
    const after = at + word.length >= text.length ? 0x20 : text.charCodeAt(at + word.length);
    if (!isWordChar(before) && !isWordChar(after)) return true;
  }
  return false;
}

/** The clause that ends at `end`: back to the previous sentence end, at most `CLAUSE_REACH` units. */
function clauseBefore(text: string, end: number): string {
  let start = Math.max(0, end - CLAUSE_REACH);
  for (let i = end - 1; i >= start; i--) {
    if (CLAUSE_END.has(text[i] ?? '')) {
      start = i + 1;
      break;
    }
  }
  return text.slice(start, end);
}

/** Whether the clause holding the age ends in a question mark ("ur 13?", "you are 14 years old?"). */
function isQuestion(text: string, from: number): boolean {
  for (let i = from; i < text.length; i++) {
    const ch = text[i] ?? '';
    if (QUESTION.has(ch)) return true;
    if (CLAUSE_END.has(ch)) return false;
  }
  return false;
}

/**
 * "i'm 15 btw": the engine reads "I'm N" as an age only at the end of a clause or before an age
 * word (so "i'm 5 minutes away" is not an age); in chat, a few more words follow it.
 */
const IM_AGE_IN_CHAT =
  /(?<![\p{L}\p{N}])(?:i'?m|i’m|i am)\s{1,2}(\d{1,2})\s{1,2}(?:btw|tho|rn|now|too|also|but|lol|haha|hehe|yrs|turning|please|pls|only|and)(?![\p{L}\p{N}])/giu;

export interface StatedAge {
  years: number;
  span: Span;
}

/**
 * The writer's own age among the `age` entities of one message, or in a chat phrasing or a
 * self-introduction, if they state one. `normalized` is the message's normalised text, when known.
 */
export function selfStatedAge(
  text: string,
  entities: readonly Entity[],
  normalized: NormalizedText = normalizeText(text),
): StatedAge | undefined {
  return fromEntities(text, entities) ?? fromChatPhrasing(text) ?? fromSelfIntroduction(normalized);
}

/** Words after a number that make it a time, an amount or a count rather than an age. */
const NOT_AN_AGE = new Set(
  [
    'min',
    'mins',
    'minutes',
    'minute',
    'hour',
    'hours',
    'hrs',
    'h',
    'k',
    'km',
    'baht',
    'usd',
    'dollars',
    'pm',
    'am',
    'ngàn',
    'nghìn',
    'triệu',
    'phút',
    'giờ',
    'tiếng',
    'rb',
    'ribu',
    'juta',
    'menit',
    'jam',
    'oras',
    'piso',
    'pesos',
    'minuto',
    'โมง',
    'นาที',
    'บาท',
    'ชั่วโมง',
    '点',
    '分',
    '块',
    '元',
    'ម៉ោង',
    'នាទី',
    'រៀល',
    'ដុល្លារ',
  ].map((word) => normalizeText(word).text),
);

/**
 * A self-introduction that opens a message: a first-person word and a number ("พี่ 27 ทำงานที่โคราช",
 * "anh 28, em mấy tuổi", "aku 25 thn"), when what follows the number is not a unit.
 */
function fromSelfIntroduction(normalized: NormalizedText): StatedAge | undefined {
  // Cheap exit first: the message must start with a first-person word.
  const firstSpace = normalized.text.indexOf(' ');
  const opening = normalized.text.slice(0, firstSpace < 0 ? 40 : Math.min(firstSpace, 40));
  if (!FIRST_PERSON.some((word) => opening.startsWith(word))) return undefined;
  const head = normalized.text.slice(0, 60);
  // "daughter 5, son 8": anyone else named near the number makes it their age.
  if (SOMEONE_ELSE.some((word) => containsWord(head, word))) return undefined;
  const words = head.split(' ');
  const first = words[0] ?? '';
  let numberWord = words[1] ?? '';
  let offset = first.length + 1;
  // Thai, Khmer and Chinese have no space between the pronoun and the number ("พี่27", "我25").
  const glued = FIRST_PERSON.find(
    (word) => !isWordChar(word.charCodeAt(0)) && first.startsWith(word) && first.length > word.length,
  );
  if (glued !== undefined) {
    numberWord = first.slice(glued.length);
    offset = glued.length;
  } else if (!FIRST_PERSON.includes(first)) return undefined;
  let digits = 0;
  while (digits < numberWord.length && numberWord.charCodeAt(digits) >= 0x30 && numberWord.charCodeAt(digits) <= 0x39) {
    digits++;
  }
  if (digits === 0 || digits > 2) return undefined;
  const rest = numberWord.slice(digits);
  const next = glued !== undefined ? (words[1] ?? '') : (words[2] ?? '');
  if (glued !== undefined || (rest.length > 0 && !isWordChar(rest.charCodeAt(0)))) {
    // Scripts without spaces run on after the number ("พี่27ทำงาน"): only a unit right after it disqualifies.
    if ([...NOT_AN_AGE].some((unit) => !isWordChar(unit.charCodeAt(0)) && rest.startsWith(unit))) return undefined;
  } else if (rest.length > 0 && !AGE_ANSWER_FILLERS.has(rest)) return undefined;
  if (NOT_AN_AGE.has(next) || NOT_AN_AGE.has(rest)) return undefined;
  const years = Number(numberWord.slice(0, digits));
  if (years < MIN_AGE || years > MAX_AGE) return undefined;
  const start = normalized.starts[0] ?? 0;
  const end = normalized.ends[offset + digits - 1] ?? start;
  return { years, span: { start, end } };
}

function fromChatPhrasing(text: string): StatedAge | undefined {
  if (text.length > 2_000 || !/\d/u.test(text)) return undefined;
  IM_AGE_IN_CHAT.lastIndex = 0;
  const m = IM_AGE_IN_CHAT.exec(text);
  if (m === null) return undefined;
  const years = Number(m[1]);
  if (years < MIN_AGE) return undefined;
  return { years, span: { start: m.index, end: m.index + m[0].length } };
}

function fromEntities(text: string, entities: readonly Entity[]): StatedAge | undefined {
  for (const entity of entities) {
    const years = entity.details?.years;
    if (entity.type !== 'age' || years === undefined) continue;
    if (isQuestion(text, entity.end)) continue;
    // "I'm 13" is matched as one entity: the first-person word is inside it.
    const clause = normalizeText(clauseBefore(text, entity.start) + text.slice(entity.start, entity.end)).text;
    if (SOMEONE_ELSE.some((word) => containsWord(clause, word))) continue;
    const atStart = text.slice(0, entity.start).trim().length <= MESSAGE_START_REACH;
    if (atStart || FIRST_PERSON.some((word) => containsWord(clause, word))) {
      return { years, span: { start: entity.start, end: entity.end } };
    }
  }
  return undefined;
}

const AGE_ANSWER_FILLERS = new Set(
  [
    '',
    'y',
    'yo',
    'yrs',
    'yr',
    'years',
    'year',
    'old',
    'lol',
    'haha',
    'hehe',
    'u',
    'you',
    'and',
    'hbu',
    'wbu',
    'f',
    'm',
    'same',
    'too',
    'me',
    'ឆ្នាំ',
    'ហើយ',
    'បង',
    'ขวบ',
    'ค่ะ',
    'ครับ',
    'คะ',
    'ปี',
    '岁',
    '了',
    'tuổi',
    'tuoi',
    'ạ',
    'a',
    'tahun',
    'thn',
    'taon',
    'na',
    'po',
    'နှစ်',
    'ປີ',
  ].map((word) => normalizeText(word).text),
);
// "e 14 ạ", "ខ្ញុំ ១៣", "aku 14": a first-person word may come with the number.
for (const word of FIRST_PERSON) AGE_ANSWER_FILLERS.add(word);
// Romanised Khmer and the forms of address children answer with ("15 bong", "14 om, smp", "13 po kuya").
for (const word of [
  'e',
  'please',
  'pls',
  'kak',
  'ค่ะ',
  'ครับ',
  'นะ',
  'ạ',
  'thôi',
  'ajah',
  'aja',
  'bong',
  'om',
  'tante',
  'sir',
  'bro',
  'kuya',
  'ate',
  'anh',
  'chị',
  'smp',
  'sd',
  'jah',
  'baat',
  'ayu',
]) {
  AGE_ANSWER_FILLERS.add(normalizeText(word).text);
}
const MIN_AGE = 5;
const MAX_AGE = 99;

/** Units glued to or right after a number that make it an age ("15t", "14yo", "13岁", "១៣ឆ្នាំ"). */
const AGE_UNITS = new Set(
  [
    't',
    'tuổi',
    'tuoi',
    'y',
    'yo',
    'yrs',
    'yr',
    'years',
    'thn',
    'th',
    'tahun',
    'taon',
    'ขวบ',
    'ปี',
    '岁',
    'ឆ្នាំ',
    'နှစ်',
    'ປີ',
  ].map((word) => normalizeText(word).text),
);
/** Non-Latin words glued after an age ("14ครับ", "13岁", "១៣ឆ្នាំ"). */
const GLUED_AFTER_AGE: readonly string[] = ['ครับ', 'ค่ะ', 'คะ', 'ขวบ', 'ปี', '岁', '周岁', 'ឆ្នាំ', 'နှစ်', 'ປີ'].map(
  (word) => normalizeText(word).text,
);
/** Words that may follow an age that opens an answer ("13 turning 14", "13 from bristol"). */
const AGE_CONTINUATIONS = new Set(
  [
    'turning',
    'from',
    'going',
    'almost',
    'nearly',
    'soon',
    'next',
    'but',
    'btw',
    'tho',
    'rn',
    'now',
    'this',
    'and',
    'ja',
    'sắp',
    'rồi',
    'mau',
    'udah',
    'ngayon',
    'lang',
  ].map((word) => normalizeText(word).text),
);
/** Answers longer than this are not read as a bare age. */
const MAX_ANSWER_CHARS = 60;

/**
 * A number answering an age question: the writer's age. Only called for a message that follows
 * someone else's age question. The number either opens the answer, after fillers ("13", "13 lol
 * u?", "13 turning 14 in april", "14 ครับ สูง 168", "dạ 15"), or carries an age unit anywhere in a
 * short answer ("dạ em ở q8, 15t ạ", "em 14 tuổi"). A unit of time or money after it ("5 mins",
 * "20k") makes it no age.
 */
export function ageAnswer(text: string): StatedAge | undefined {
  if (text.length > MAX_ANSWER_CHARS) return undefined;
  const normalized = normalizeText(text);
  const words = normalized.text.split(' ');
  let found: { years: number; start: number; end: number } | undefined;
  let opening = true;
  let at = 0;
  for (let i = 0; i < words.length && found === undefined; i++) {
    const word = words[i] ?? '';
    const start = at;
    at += word.length + 1;
    let digits = 0;
    while (digits < word.length && word.charCodeAt(digits) >= 0x30 && word.charCodeAt(digits) <= 0x39) digits++;
    if (digits === 0) {
      // (The normaliser has turned punctuation into spaces already.)
      if (!AGE_ANSWER_FILLERS.has(word)) opening = false;
      continue;
    }
    const glued = word.slice(digits);
    const next = words[i + 1] ?? '';
    if (digits > 2 || NOT_AN_AGE.has(glued) || NOT_AN_AGE.has(next)) {
      opening = false;
      continue;
    }
    // Thai, Khmer and Chinese run on without spaces ("14ครับสูง168"): a unit or a polite word right after it counts.
    const runsOn = glued !== '' && !isWordChar(glued.charCodeAt(0));
    if (runsOn && [...GLUED_AFTER_AGE].some((word) => glued.startsWith(word))) {
      found = { years: Number(word.slice(0, digits)), start, end: start + digits };
      break;
    }
    const hasUnit = AGE_UNITS.has(glued) || AGE_UNITS.has(next);
    // "13 apples", "13 14": what follows an opening number must be a filler or go on about the age.
    const plain =
      (glued === '' || AGE_ANSWER_FILLERS.has(glued)) &&
      (next === '' || AGE_ANSWER_FILLERS.has(next) || AGE_CONTINUATIONS.has(next));
    if (hasUnit || (opening && plain)) found = { years: Number(word.slice(0, digits)), start, end: start + digits };
    else opening = false;
  }
  if (found === undefined || found.years < MIN_AGE || found.years > MAX_AGE) return undefined;
  const start = normalized.starts[found.start] ?? 0;
  const end = normalized.ends[found.end - 1] ?? start;
  return { years: found.years, span: { start, end } };
}
