/**
 * Messaging handles: links to accounts (t.me/x, wa.me/855…, line.me/ti/p/~x, m.me/x…), keyword
 * forms ("line id: x", "微信号：x", "telegram: @x"), @mentions (platform from nearby words, else
 * `unknown`), viber:// links, and phone numbers introduced by a messaging app's name.
 * normalized = `platform:identifier`, lower-case where the platform ignores case; kind = platform.
 */
import type { Entity } from '../types.ts';

export type Platform =
  | 'telegram'
  | 'whatsapp'
  | 'line'
  | 'wechat'
  | 'signal'
  | 'viber'
  | 'facebook'
  | 'messenger'
  | 'tiktok'
  | 'zalo'
  | 'instagram'
  | 'imo'
  | 'unknown';

export interface HandleRef {
  kind: Platform;
  id: string;
}

const URL_PARTS = /^[a-z]+:\/\/([^/?#:]+)(?::\d+)?(\/[^?#]*)?(\?[^#]*)?(#.*)?$/u;
const TELEGRAM_NAME = /^[a-z]\w{3,31}$/iu;
const TELEGRAM_RESERVED = new Set([
  'c',
  'addstickers',
  'addemoji',
  'share',
  'proxy',
  'socks',
  'iv',
  'setlanguage',
  'login',
  'bg',
  'addtheme',
  'confirmphone',
  'contact',
  'boost',
  'addlist',
  'invoice',
]);
const FACEBOOK_RESERVED = new Set([
  'share',
  'sharer',
  'sharer.php',
  'pages',
  'watch',
  'events',
  'login',
  'login.php',
  'photo',
  'photo.php',
  'story.php',
  'permalink.php',
  'marketplace',
  'reel',
  'reels',
  'help',
  'policies',
  'privacy',
  'gaming',
  'dialog',
  'plugins',
  'hashtag',
  'search',
  'notes',
  'media',
  'l.php',
  'home.php',
  'messages',
  'business',
  'ads',
  'legal',
  'about',
  'settings',
  'friends',
  'stories',
  'live',
  'video',
  'videos',
  'posts',
  'tr',
  'fundraisers',
  'jobs',
  'public',
  'recover',
  'checkpoint',
  'watchparty',
  'profile.php',
  'people',
  'groups',
]);
const INSTAGRAM_RESERVED = new Set([
  'p',
  'reel',
  'reels',
  'stories',
  'explore',
  'accounts',
  'tv',
  'direct',
  'about',
  'developer',
  'legal',
  'web',
]);
const INSTAGRAM_NAME = /^[\w.]{1,30}$/u;
const FACEBOOK_NAME = /^[a-z0-9.]{3,50}$/iu;
const DIGITS = /^\+?\d{7,15}$/u;

function stripHostPrefix(host: string): string {
  if (host === 'm.me') return host;
  return host.replace(/^(?:www|m|mobile|web|mbasic)\./u, '');
}

function queryParam(query: string | undefined, name: string): string | undefined {
  if (query === undefined) return undefined;
  for (const pair of query.slice(1).split('&')) {
    const eq = pair.indexOf('=');
    if (eq > 0 && pair.slice(0, eq).toLowerCase() === name) return safeDecode(pair.slice(eq + 1));
  }
  return undefined;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

function e164ish(digits: string): string {
  const d = digits.replace(/\D/gu, '');
  return `+${d}`;
}

/** The messaging account a canonical URL (`https://host/path`) points to, if any. */
export function classifyHandleUrl(url: string): HandleRef | undefined {
  const m = URL_PARTS.exec(url);
  if (m === null) return undefined;
  const host = stripHostPrefix((m[1] ?? '').toLowerCase());
  const segs = (m[2] ?? '')
    .split('/')
    .filter((s) => s.length > 0)
    .map(safeDecode);
  const query = m[3];
  const fragment = m[4];
  const [a = '', b = '', c = '', d = ''] = segs;
  switch (host) {
    case 't.me':
    case 'telegram.me':
    case 'telegram.dog': {
      if (a === 'joinchat' && b !== '') return { kind: 'telegram', id: `+${b}` };
      if (a.startsWith('+') && a.length > 1) return { kind: 'telegram', id: a };
      const name = a === 's' ? b : a;
      if (TELEGRAM_RESERVED.has(name.toLowerCase()) || !TELEGRAM_NAME.test(name)) return undefined;
      return { kind: 'telegram', id: name.toLowerCase() };
    }
    case 'wa.me':
      if (DIGITS.test(a)) return { kind: 'whatsapp', id: e164ish(a) };
      if (a === 'message' && b !== '') return { kind: 'whatsapp', id: `message/${b}` };
      return undefined;
    case 'api.whatsapp.com':
    case 'whatsapp.com': {
      if (a === 'channel' && b !== '') return { kind: 'whatsapp', id: `channel/${b}` };
      const phone = queryParam(query, 'phone');
      return phone !== undefined && DIGITS.test(phone.replace(/[\s-]/gu, ''))
        ? { kind: 'whatsapp', id: e164ish(phone) }
        : undefined;
    }
    case 'chat.whatsapp.com':
      return a !== '' ? { kind: 'whatsapp', id: `group/${a}` } : undefined;
    case 'line.me': {
      // /ti/p/~id, /ti/p/@id, /R/ti/p/@id; groups /ti/g/<code>, /ti/g2/<code>
      const rest = a.toLowerCase() === 'r' ? [b, c, d] : [a, b, c];
      const [x = '', y = '', z = ''] = rest;
      if (x !== 'ti' || z === '') return undefined;
      if (y === 'p') return { kind: 'line', id: z.replace(/^[~@]/u, '').toLowerCase() };
      if (y === 'g' || y === 'g2') return { kind: 'line', id: `group/${z}` };
      return undefined;
    }
    case 'lin.ee':
      return a !== '' ? { kind: 'line', id: `lin.ee/${a}` } : undefined;
    case 'signal.me': {
      const f = fragment === undefined ? '' : safeDecode(fragment.slice(1));
      if (f.startsWith('p/')) return { kind: 'signal', id: f.slice(2) };
      if (f.startsWith('eu/')) return { kind: 'signal', id: f.slice(3) };
      return undefined;
    }
    case 'signal.group':
      return fragment !== undefined && fragment.length > 1
        ? { kind: 'signal', id: `group/${fragment.slice(1)}` }
        : undefined;
    case 'facebook.com':
    case 'fb.com':
    case 'fb.me': {
      if (a === 'profile.php') {
        const id = queryParam(query, 'id');
        return id !== undefined && /^\d{5,20}$/u.test(id) ? { kind: 'facebook', id } : undefined;
      }
      if (a === 'people' && /^\d{5,20}$/u.test(c)) return { kind: 'facebook', id: c };
      if (a === 'groups' && b !== '') return { kind: 'facebook', id: `groups/${b.toLowerCase()}` };
      if (FACEBOOK_RESERVED.has(a.toLowerCase()) || !FACEBOOK_NAME.test(a)) return undefined;
      return { kind: 'facebook', id: a.toLowerCase() };
    }
    case 'm.me':
      return a !== '' && FACEBOOK_NAME.test(a) ? { kind: 'messenger', id: a.toLowerCase() } : undefined;
    case 'tiktok.com':
      return a.startsWith('@') && a.length > 1 ? { kind: 'tiktok', id: a.slice(1).toLowerCase() } : undefined;
    case 'zalo.me': {
      if (a === 'g' && b !== '') return { kind: 'zalo', id: `group/${b}` };
      if (/^0\d{8,10}$/u.test(a)) return { kind: 'zalo', id: `+84${a.slice(1)}` };
      if (/^84\d{8,10}$/u.test(a)) return { kind: 'zalo', id: `+${a}` };
      return a !== '' ? { kind: 'zalo', id: a.toLowerCase() } : undefined;
    }
    case 'instagram.com':
    case 'instagr.am':
      if (INSTAGRAM_RESERVED.has(a.toLowerCase()) || !INSTAGRAM_NAME.test(a)) return undefined;
      return { kind: 'instagram', id: a.toLowerCase() };
    default:
      return undefined;
  }
}

/** A URL entity turned into a handle entity when it points to a messaging account. */
export function urlToHandle(entity: Entity): Entity | undefined {
  if (entity.type !== 'url') return undefined;
  const ref = classifyHandleUrl(entity.normalized);
  if (ref === undefined) return undefined;
  return {
    type: 'handle',
    start: entity.start,
    end: entity.end,
    value: entity.value,
    normalized: `${ref.kind}:${ref.id}`,
    details: { kind: ref.kind },
  };
}

// ---------------------------------------------------------------------------------------------
// Text forms

const VIBER_LINK = /viber:\/\/(?:chat|add|contact|pa|public)\?(?:number|chaturi|id|uri)=(%2b|\+)?([\w.-]{3,40})/giu;

/**
 * Keywords after which an identifier follows directly (whitespace is enough). Latin keywords are
 * bounded by non-letters. Each group is one platform.
 */
const STRONG_KEYWORDS: ReadonlyArray<[Platform, string]> = [
  ['line', '(?<![a-z])(?:line\\s?id|id\\s?line)(?![a-z])|ไลน์\\s?ไอดี|ไอดี\\s?ไลน์|ไลน์'],
  ['wechat', '(?<![a-z])(?:we\\s?chat\\s?id|weixin\\s?id)(?![a-z])|微信号|微信|威信|薇信|v信|wx号|vx号'],
  [
    'telegram',
    '(?<![a-z])(?:telegram\\s?id|tg\\s?id)(?![a-z])|电报号|飞机号|電報|电报|纸飞机|飞机|តេឡេក្រាម|តេលេក្រាម|เทเลแกรม|เทเลแกรม',
  ],
];

/** Keywords that need an explicit ":" / "=" (or "@") before the identifier. */
const WEAK_KEYWORDS: ReadonlyArray<[Platform, string]> = [
  ['line', '(?<![a-z])line(?![a-z])'],
  ['wechat', '(?<![a-z])(?:we\\s?chat|weixin|vx|wx)(?![a-z])'],
  ['telegram', '(?<![a-z])(?:telegram|tele|tg|tlg)(?![a-z])'],
  ['instagram', '(?<![a-z])(?:instagram|insta|ig)(?![a-z])'],
  ['tiktok', '(?<![a-z])(?:tiktok|tik\\s?tok)(?![a-z])'],
  ['facebook', '(?<![a-z])(?:facebook|fb)(?![a-z])'],
];

/** `s` without trailing characters from `chars` (a loop, not a regex: no super-linear scans). */
function trimEnd(s: string, chars: string): string {
  let end = s.length;
  while (end > 0 && chars.includes(s.charAt(end - 1))) end--;
  return s.slice(0, end);
}

function keywordRegex(table: ReadonlyArray<[Platform, string]>, sep: string): RegExp {
  const groups = table.map(([, src]) => `(${src})`).join('|');
  return new RegExp(`(?:${groups})${sep}(@?[a-z0-9][a-z0-9._\\-]{1,31})`, 'giu');
}

const STRONG_RE = keywordRegex(STRONG_KEYWORDS, '\\s{0,3}[:：=]?\\s{0,3}');
const WEAK_RE = keywordRegex(WEAK_KEYWORDS, '\\s{0,3}(?:[:：=]\\s{0,3}(?=@?[a-z0-9])|(?=@))');

const IDENTIFIER_RULES: Partial<Record<Platform, RegExp>> = {
  telegram: /^[a-z]\w{3,31}$/iu,
  line: /^[\w.-]{3,20}$/u,
  wechat: /^(?:[a-z][\w-]{5,19}|\d{7,15})$/iu,
  instagram: /^[\w.]{2,30}$/u,
  tiktok: /^[\w.]{2,24}$/u,
  facebook: /^[a-z0-9.]{3,50}$/iu,
};

const NOT_IDENTIFIERS = new Set([
  'please',
  'contact',
  'here',
  'below',
  'above',
  'add',
  'the',
  'this',
  'that',
  'my',
  'me',
  'and',
  'account',
  'group',
  'channel',
  'only',
  'number',
  'bio',
  'link',
  'official',
]);

function pushKeywordMatches(text: string, re: RegExp, table: ReadonlyArray<[Platform, string]>, out: Entity[]): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const idx = table.findIndex((_, i) => m[i + 1] !== undefined);
    const platform = table[idx]?.[0];
    const written = m[table.length + 1];
    if (platform === undefined || written === undefined) continue;
    const trimmed = trimEnd(written, '._-');
    const bare = trimmed.replace(/^@/u, '');
    const rule = IDENTIFIER_RULES[platform];
    if (rule !== undefined && !rule.test(bare)) continue;
    if (NOT_IDENTIFIERS.has(bare.toLowerCase())) continue;
    const end = m.index + m[0].length - (written.length - trimmed.length);
    const start = end - trimmed.length;
    out.push({
      type: 'handle',
      start,
      end,
      value: text.slice(start, end),
      normalized: `${platform}:${bare.toLowerCase()}`,
      details: { kind: platform },
    });
  }
}

const MENTION = /(?<![\w.@+-])@(\w[\w.]{1,31})/gu;
/** Platform words near an @mention, one alternative group per platform (one scan). */
const CONTEXT_PLATFORMS: readonly Platform[] = ['telegram', 'line', 'instagram', 'tiktok', 'facebook'];
const CONTEXT_KEYWORDS = new RegExp(
  [
    '(?<![a-z])(?:telegram|tele|tg|tlg)(?![a-z])|តេឡេក្រាម|តេលេក្រាម|เทเลแกรม|电报|電報|飞机|飛機',
    '(?<![a-z])line(?![a-z])|ไลน์',
    '(?<![a-z])(?:instagram|insta|ig)(?![a-z])',
    '(?<![a-z])(?:tiktok|tik\\s?tok)(?![a-z])',
    '(?<![a-z])(?:facebook|fb)(?![a-z])',
  ]
    .map((src) => `(${src})`)
    .join('|'),
  'giu',
);
/** How far a platform word may be from an @mention, before and after it (UTF-16 units). */
const CONTEXT_BEFORE = 60;
const CONTEXT_AFTER = 30;

function platformNear(hits: ReadonlyArray<[Platform, number]>, start: number, end: number): Platform {
  let best: Platform = 'unknown';
  let bestDistance = Infinity;
  for (const [platform, at] of hits) {
    const distance = at < start ? start - at : at - end;
    const limit = at < start ? CONTEXT_BEFORE : CONTEXT_AFTER;
    if (distance >= 0 && distance <= limit && distance < bestDistance) {
      best = platform;
      bestDistance = distance;
    }
  }
  return best;
}

function pushMentions(text: string, out: Entity[]): void {
  if (!text.includes('@')) return;
  const hits: Array<[Platform, number]> = [];
  CONTEXT_KEYWORDS.lastIndex = 0;
  for (let m = CONTEXT_KEYWORDS.exec(text); m !== null && hits.length < 1000; m = CONTEXT_KEYWORDS.exec(text)) {
    const platform = CONTEXT_PLATFORMS[m.slice(1).findIndex((g) => g !== undefined)];
    if (platform !== undefined) hits.push([platform, m.index]);
  }
  MENTION.lastIndex = 0;
  for (let m = MENTION.exec(text); m !== null; m = MENTION.exec(text)) {
    let name = trimEnd(m[1] ?? '', '.');
    const start = m.index;
    const afterRaw = start + 1 + (m[1] ?? '').length;
    if (text.charAt(afterRaw) === '@') continue;
    let kind = platformNear(hits, start, start + 1 + name.length);
    if (kind !== 'instagram' && kind !== 'tiktok' && name.includes('.')) {
      // "@gmail.com" is a broken e-mail, not a handle; "@name.Hi" is a name and a sentence.
      const [head = '', tail = ''] = name.split('.', 2);
      if (/^[a-z]{2,}$/iu.test(tail) && /^(?:com|net|org|co|me|io|kh|th|vn)$/iu.test(tail)) continue;
      name = head;
    }
    if (name.length < 3 || !/[a-z]/iu.test(name)) continue;
    if (kind === 'telegram' && !TELEGRAM_NAME.test(name)) kind = 'unknown';
    const end = start + 1 + name.length;
    out.push({
      type: 'handle',
      start,
      end,
      value: text.slice(start, end),
      normalized: `${kind}:${name.toLowerCase()}`,
      details: { kind },
    });
  }
}

/** Handles written in text: viber:// links, keyword forms and @mentions. */
export function findHandles(text: string): Entity[] {
  const out: Entity[] = [];
  VIBER_LINK.lastIndex = 0;
  for (let m = VIBER_LINK.exec(text); m !== null; m = VIBER_LINK.exec(text)) {
    const id = m[2] ?? '';
    const plus = m[1] !== undefined || /^\d{7,15}$/u.test(id);
    const start = m.index;
    const end = start + m[0].length;
    out.push({
      type: 'handle',
      start,
      end,
      value: text.slice(start, end),
      normalized: `viber:${plus ? `+${id}` : id.toLowerCase()}`,
      details: { kind: 'viber' },
    });
  }
  pushKeywordMatches(text, STRONG_RE, STRONG_KEYWORDS, out);
  if (/[:：=@]/u.test(text)) pushKeywordMatches(text, WEAK_RE, WEAK_KEYWORDS, out);
  pushMentions(text, out);
  return out;
}

/** Messaging apps whose accounts are phone numbers, and the words that name them. */
const PHONE_APP_BEFORE =
  /(?:(?<![a-z])(viber|whats\s?app|wa|wsp|zalo|signal|imo|telegram|tg|line)(?![a-z])|(ไลน์|วอทส์แอป|วอทส์แอพ|វ៉ាយប័រ|វីប៊ឺ|តេឡេក្រាម|เทเลแกรม))\s{0,3}[:：=-]?\s{0,3}(?:no\.?\s?|number\s?|#)?$/iu;
const APP_NAMES: Record<string, Platform> = {
  viber: 'viber',
  whatsapp: 'whatsapp',
  'whats app': 'whatsapp',
  wa: 'whatsapp',
  wsp: 'whatsapp',
  zalo: 'zalo',
  signal: 'signal',
  imo: 'imo',
  telegram: 'telegram',
  tg: 'telegram',
  line: 'line',
  ไลน์: 'line',
  วอทส์แอป: 'whatsapp',
  วอทส์แอพ: 'whatsapp',
  វ៉ាយប័រ: 'viber',
  វីប៊ឺ: 'viber',
  តេឡេក្រាម: 'telegram',
  เทเลแกรม: 'telegram',
};

/**
 * For phone numbers introduced by a messaging app ("WhatsApp: +855 12 345 678", "viber: +…"),
 * a companion handle with the same span: `whatsapp:+85512345678`. The phone entity stays.
 */
export function phoneHandles(text: string, phones: readonly Entity[]): Entity[] {
  const out: Entity[] = [];
  for (const phone of phones) {
    if (phone.type !== 'phone') continue;
    const window = text.slice(Math.max(0, phone.start - 24), phone.start);
    const m = PHONE_APP_BEFORE.exec(window);
    if (m === null) continue;
    const word = (m[1] ?? m[2] ?? '').toLowerCase().replace(/\s+/gu, ' ');
    const platform = APP_NAMES[word];
    if (platform === undefined) continue;
    const details: Entity['details'] = { kind: platform };
    if (phone.details?.country !== undefined) details.country = phone.details.country;
    out.push({
      type: 'handle',
      start: phone.start,
      end: phone.end,
      value: phone.value,
      normalized: `${platform}:${phone.normalized}`,
      details,
    });
  }
  return out;
}
