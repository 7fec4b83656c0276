import { createHash } from 'node:crypto';
import type { SeededRandom } from './seeded-random.ts';

/**
 * Made-up phone numbers, handles, wallets and document numbers for the demo dataset. Each kind
 * lives in a range chosen to be recognisably fictional, and the tests check that every value the
 * dataset stores falls in one of them:
 * - phones: the "555 0xxx" block of one mobile prefix per country (+855 96 555 0xxx, +66 81 555 0xxx,
 *   +84 90 555 0xxx), the convention films use for numbers nobody answers;
 * - handles: always end in `_demo`;
 * - wallets: TRON addresses built from seeded random bytes (valid checksum, so the detection engine
 *   recognises them, but no key exists for them);
 * - identity documents: a letter prefix that Cambodian ID and passport numbers do not have (DM…).
 */
export type FictionalPhoneCountry = 'KH' | 'TH' | 'VN';

const PHONE_PREFIX: Record<FictionalPhoneCountry, string> = {
  KH: '+855 96 555 0',
  TH: '+66 81 555 0',
  VN: '+84 90 555 0',
};

/** Every phone number of the dataset matches one of these (international or Cambodian national form). */
export const FICTIONAL_PHONE_PATTERNS: readonly RegExp[] = [
  /^\+855 96 555 0\d{3}$/u,
  /^\+66 81 555 0\d{3}$/u,
  /^\+84 90 555 0\d{3}$/u,
  /^096 555 0\d{3}$/u,
];

export function isFictionalPhone(value: string): boolean {
  return FICTIONAL_PHONE_PATTERNS.some((pattern) => pattern.test(value));
}

export function fictionalPhone(random: SeededRandom, country: FictionalPhoneCountry = 'KH'): string {
  return `${PHONE_PREFIX[country]}${String(random.int(0, 999)).padStart(3, '0')}`;
}

/** The Cambodian national way of writing the same number (096 555 0xxx), as callers often do. */
export function nationalForm(internationalKhPhone: string): string {
  return internationalKhPhone.replace(/^\+855 96 /u, '096 ');
}

const HANDLE_WORDS = [
  'goldjob',
  'easywork',
  'luckystar',
  'bigsalary',
  'vipagent',
  'jobs_abroad',
  'happyhome',
  'sweetlove',
  'cashloan',
  'dreamwork',
];

export const FICTIONAL_HANDLE_PATTERN = /^@[a-z_]+\d{2}_demo$/u;

export function fictionalHandle(random: SeededRandom): string {
  return `@${random.pick(HANDLE_WORDS)}${random.int(10, 99)}_demo`;
}

const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

function base58(bytes: Uint8Array): string {
  let value = 0n;
  for (const byte of bytes) value = value * 256n + BigInt(byte);
  let text = '';
  while (value > 0n) {
    text = (BASE58[Number(value % 58n)] ?? '') + text;
    value /= 58n;
  }
  for (const byte of bytes) {
    if (byte !== 0) break;
    text = `1${text}`;
  }
  return text;
}

function sha256(bytes: Uint8Array): Buffer {
  return createHash('sha256').update(bytes).digest();
}

/** A TRON (USDT-TRC20) address: base58check of 0x41 and 20 seeded random bytes. */
export function fictionalTronWallet(random: SeededRandom): string {
  const payload = new Uint8Array(21);
  payload[0] = 0x41;
  for (let i = 1; i < payload.length; i++) payload[i] = random.int(0, 255);
  const checksum = sha256(sha256(payload)).subarray(0, 4);
  return base58(new Uint8Array([...payload, ...checksum]));
}

export const FICTIONAL_DOCUMENT_PATTERN = /^DM[NP]\d{7}$/u;

/** A national ID (DMN…) or passport (DMP…) number in the fictional range. */
export function fictionalDocumentNumber(random: SeededRandom, type: 'national_id' | 'passport'): string {
  return `DM${type === 'passport' ? 'P' : 'N'}${String(random.int(0, 9_999_999)).padStart(7, '0')}`;
}
