import { LINK_SHORTENERS } from '../entities/link-shorteners.ts';
/**
 * How a link found in a message looks to someone who knows how phishing texts are built: does it
 * go to a brand's own site, or does it hide where it goes (shortener, raw IP address, punycode),
 * borrow a brand's name on someone else's domain, sit on free hosting or a tunnel, use a
 * top-level domain that phishing campaigns favour, or download an Android app (.apk)?
 * Pure string work over an entity's `normalized` form (`https://host/path` or a bare host).
 */
import { parse } from 'tldts';

export type LinkRiskReason =
  'shortener' | 'ip_host' | 'punycode' | 'brand_lookalike' | 'free_hosting' | 'risky_tld' | 'apk_download';

export interface LinkAssessment {
  host: string;
  /** The host is, or is under, a listed brand's own domain (a bank's, courier's or shop's site). */
  official: boolean;
  reasons: LinkRiskReason[];
}

/** Free site builders, app hosting and tunnels: anyone can put a bank's login page there in minutes. */
const FREE_HOSTING = [
  'ngrok.io',
  'ngrok-free.app',
  'ngrok.app',
  'trycloudflare.com',
  'pages.dev',
  'workers.dev',
  'netlify.app',
  'vercel.app',
  'web.app',
  'firebaseapp.com',
  '000webhostapp.com',
  'weebly.com',
  'wixsite.com',
  'blogspot.com',
  'glitch.me',
  'herokuapp.com',
  'onrender.com',
  'github.io',
  'duckdns.org',
  'serveo.net',
  'loca.lt',
  'sites.google.com',
  'forms.gle',
];

/**
 * Top-level domains that phishing reports (Interisle, Spamhaus) list among the most abused per
 * registration: cheap or free, with little checking. A real bank or courier in the region does
 * not send customers to them.
 */
const RISKY_TLDS = new Set([
  'top',
  'xyz',
  'click',
  'icu',
  'cyou',
  'sbs',
  'cfd',
  'bond',
  'buzz',
  'rest',
  'monster',
  'vip',
  'cc',
  'tk',
  'ml',
  'ga',
  'cf',
  'gq',
  'lol',
  'mom',
  'quest',
  'win',
  'work',
  'fit',
]);

/**
 * Brands whose names phishing hosts borrow in the region, with their own registrable domains.
 * A host that contains the name but is not under one of these domains is a look-alike.
 * Short names (three or four letters) only count as a whole hyphen-separated word.
 */
const BRANDS: readonly (readonly [name: string, official: readonly string[]])[] = [
  ['kbank', ['kasikornbank.com', 'kbank.co.th']],
  ['kasikorn', ['kasikornbank.com']],
  ['krungthai', ['krungthai.com']],
  ['ktb', ['krungthai.com']],
  ['scb', ['scb.co.th']],
  ['bangkokbank', ['bangkokbank.com']],
  ['acleda', ['acledabank.com.kh']],
  ['ababank', ['ababank.com']],
  ['wingbank', ['wingbank.com.kh']],
  ['bca', ['bca.co.id', 'klikbca.com']],
  ['klikbca', ['klikbca.com']],
  ['bri', ['bri.co.id']],
  ['bni', ['bni.co.id']],
  ['mandiri', ['bankmandiri.co.id']],
  ['maybank', ['maybank.com', 'maybank2u.com.my', 'maybank.co.id']],
  ['gcash', ['gcash.com']],
  ['bdo', ['bdo.com.ph']],
  ['bpi', ['bpi.com.ph']],
  ['metrobank', ['metrobank.com.ph']],
  ['vietcombank', ['vietcombank.com.vn']],
  ['techcombank', ['techcombank.com', 'techcombank.com.vn']],
  ['vietinbank', ['vietinbank.vn']],
  ['agribank', ['agribank.com.vn']],
  ['bidv', ['bidv.com.vn']],
  ['mbbank', ['mbbank.com.vn']],
  ['momo', ['momo.vn']],
  ['zalopay', ['zalopay.vn']],
  ['evn', ['evn.com.vn']],
  ['vnpost', ['vnpost.vn']],
  ['shopee', ['shopee.vn', 'shopee.co.th', 'shopee.ph', 'shopee.co.id', 'shopee.com.my', 'shopee.sg', 'shopee.tw']],
  ['lazada', ['lazada.vn', 'lazada.co.th', 'lazada.com.ph', 'lazada.co.id', 'lazada.com.my', 'lazada.sg']],
  ['tokopedia', ['tokopedia.com']],
  ['telkomsel', ['telkomsel.com']],
  ['globe', ['globe.com.ph']],
  ['smart', ['smart.com.ph']],
  ['dhl', ['dhl.com', 'dhl.de']],
  ['fedex', ['fedex.com']],
  ['paypal', ['paypal.com', 'paypal.me']],
  ['netflix', ['netflix.com']],
  ['amazon', ['amazon.com', 'amazon.sg', 'amazon.co.uk']],
  ['apple', ['apple.com', 'icloud.com']],
  ['microsoft', ['microsoft.com', 'live.com', 'outlook.com']],
  ['facebook', ['facebook.com', 'fb.com']],
  ['wechat', ['wechat.com', 'qq.com']],
  ['alipay', ['alipay.com']],
  ['icbc', ['icbc.com.cn']],
];

/** Names shorter than this are common words or initials inside longer words: whole words only. */
const SHORT_NAME = 6;
/** Names this long are also caught one typo away ("netflx", "vietcombnk"). */
const TYPO_NAME = 7;
/** Digits typed for letters in look-alike hosts ("paypa1", "amaz0n"). */
const DIGIT_LETTERS: Readonly<Record<string, string>> = { '0': 'o', '1': 'l', '3': 'e', '4': 'a', '5': 's', '7': 't' };
const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/u;
const SCHEME_PREFIX = /^[a-z]+:\/\//u;

/** The host and path of an entity's normalised form (`https://host:port/path` or `host`). */
export function splitLink(normalized: string): { host: string; path: string } {
  const rest = normalized.toLowerCase().replace(SCHEME_PREFIX, '');
  const slash = rest.search(/[/?#]/u);
  const hostPort = slash < 0 ? rest : rest.slice(0, slash);
  const path = slash < 0 ? '' : rest.slice(slash);
  const colon = hostPort.lastIndexOf(':');
  return { host: colon < 0 ? hostPort : hostPort.slice(0, colon), path };
}

function isUnder(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}

/** At most one insertion, deletion or substitution apart (for names of TYPO_NAME letters or more). */
function oneEditApart(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

function wordsOf(host: string): string[] {
  const info = parse(host, { allowPrivateDomains: false });
  const suffix = info.publicSuffix ?? '';
  const beforeSuffix = suffix.length > 0 && host.endsWith(`.${suffix}`) ? host.slice(0, -suffix.length - 1) : host;
  return beforeSuffix.split(/[.-]/u).filter((word) => word.length > 0);
}

function borrowsName(words: readonly string[], name: string): boolean {
  for (const word of words) {
    const plain = [...word].map((ch) => DIGIT_LETTERS[ch] ?? ch).join('');
    if (plain === name) return true;
    if (name.length >= SHORT_NAME && plain.includes(name)) return true;
    if (name.length >= TYPO_NAME && oneEditApart(plain, name)) return true;
  }
  return false;
}

/** Assesses one URL or domain entity's normalised form. */
export function assessLink(normalized: string): LinkAssessment {
  const { host, path } = splitLink(normalized);
  const reasons: LinkRiskReason[] = [];
  const bareHost = host.startsWith('www.') ? host.slice(4) : host;
  if (LINK_SHORTENERS.has(bareHost)) reasons.push('shortener');
  if (IPV4.test(host)) reasons.push('ip_host');
  if (host.split('.').some((label) => label.startsWith('xn--'))) reasons.push('punycode');
  if (FREE_HOSTING.some((domain) => isUnder(host, domain))) reasons.push('free_hosting');
  const tld = host.slice(host.lastIndexOf('.') + 1);
  if (RISKY_TLDS.has(tld)) reasons.push('risky_tld');
  const queryAt = path.search(/[?#]/u);
  if ((queryAt < 0 ? path : path.slice(0, queryAt)).endsWith('.apk')) reasons.push('apk_download');
  let official = false;
  if (!reasons.includes('ip_host')) {
    const words = wordsOf(host);
    for (const [name, domains] of BRANDS) {
      if (domains.some((domain) => isUnder(host, domain))) {
        official = true;
        continue;
      }
      if (borrowsName(words, name) && !reasons.includes('brand_lookalike')) reasons.push('brand_lookalike');
    }
  }
  // A brand's own site that contains another listed name ("kasikornbank.com" holds "kasikorn") is
  // still its own site.
  if (official) return { host, official, reasons: reasons.filter((reason) => reason !== 'brand_lookalike') };
  return { host, official, reasons };
}
