/**
 * Cryptocurrency addresses, reported only when their checksum is valid:
 * - BTC: base58check P2PKH (1…) / P2SH (3…), double SHA-256; bech32 (v0) / bech32m (v1+) segwit (bc1…).
 * - ETH and ERC-20 chains: 0x + 40 hex; mixed case must pass EIP-55 (keccak-256); all-lower or
 *   all-upper carries no checksum and is accepted.
 * - TRON / TRC-20: base58check T… with version byte 0x41.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { keccak_256 } from '@noble/hashes/sha3.js';
import type { Entity } from '../types.ts';

type Chain = 'btc' | 'eth' | 'tron';

const B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
const B58_INDEX = new Map<string, number>([...B58].map((ch, i) => [ch, i]));
const BECH32 = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
const BECH32_INDEX = new Map<string, number>([...BECH32].map((ch, i) => [ch, i]));

/** Candidates; the lookarounds keep matches to whole tokens and the scan linear. */
const CANDIDATE =
  /(?<![A-Za-z0-9])(?:0x[0-9a-fA-F]{40}|[13][1-9A-HJ-NP-Za-km-z]{25,34}|T[1-9A-HJ-NP-Za-km-z]{33}|(?:bc1|BC1)[02-9ac-hj-np-zAC-HJ-NP-Z]{8,87})(?![A-Za-z0-9])/gu;

/** Base58 decoding to bytes (leading '1' = zero byte). */
function base58Decode(s: string): Uint8Array | undefined {
  const bytes: number[] = [];
  for (const ch of s) {
    let carry = B58_INDEX.get(ch);
    if (carry === undefined) return undefined;
    for (let i = 0; i < bytes.length; i++) {
      carry += (bytes[i] ?? 0) * 58;
      bytes[i] = carry & 0xff;
      carry >>= 8;
    }
    while (carry > 0) {
      bytes.push(carry & 0xff);
      carry >>= 8;
    }
  }
  for (let i = 0; i < s.length && s[i] === '1'; i++) bytes.push(0);
  return Uint8Array.from(bytes.reverse());
}

/** The payload of a valid base58check string (version byte first), or undefined. */
function base58Check(s: string): Uint8Array | undefined {
  const raw = base58Decode(s);
  if (raw === undefined || raw.length < 5) return undefined;
  const payload = raw.subarray(0, raw.length - 4);
  const check = sha256(sha256(payload));
  for (let i = 0; i < 4; i++) if (check[i] !== raw[raw.length - 4 + i]) return undefined;
  return payload;
}

function bech32Polymod(values: readonly number[]): number {
  const gen = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
  let chk = 1;
  for (const v of values) {
    const top = chk >>> 25;
    chk = ((chk & 0x1ffffff) << 5) ^ v;
    for (let i = 0; i < 5; i++) if ((top >>> i) & 1) chk ^= gen[i] ?? 0;
  }
  return chk >>> 0;
}

function convertBits(data: readonly number[], from: number, to: number): number[] | undefined {
  let acc = 0;
  let bits = 0;
  const out: number[] = [];
  const maxv = (1 << to) - 1;
  for (const value of data) {
    acc = (acc << from) | value;
    bits += from;
    while (bits >= to) {
      bits -= to;
      out.push((acc >>> bits) & maxv);
    }
  }
  if (bits >= from || ((acc << (to - bits)) & maxv) !== 0) return undefined;
  return out;
}

/** BIP-173 / BIP-350 segwit address check for the bc (mainnet) prefix. */
function isSegwit(address: string): boolean {
  if (address !== address.toLowerCase() && address !== address.toUpperCase()) return false;
  const s = address.toLowerCase();
  if (s.length > 90) return false;
  const sep = s.lastIndexOf('1');
  const hrp = s.slice(0, sep);
  if (hrp !== 'bc') return false;
  const data: number[] = [];
  for (const ch of s.slice(sep + 1)) {
    const v = BECH32_INDEX.get(ch);
    if (v === undefined) return false;
    data.push(v);
  }
  if (data.length < 7) return false;
  const expanded = [
    ...[...hrp].map((c) => c.charCodeAt(0) >> 5),
    0,
    ...[...hrp].map((c) => c.charCodeAt(0) & 31),
    ...data,
  ];
  const polymod = bech32Polymod(expanded);
  const version = data[0] ?? -1;
  const constant = version === 0 ? 1 : 0x2bc830a3;
  if (polymod !== constant || version > 16) return false;
  const program = convertBits(data.slice(1, -6), 5, 8);
  if (program === undefined || program.length < 2 || program.length > 40) return false;
  return version !== 0 || program.length === 20 || program.length === 32;
}

function isEip55(address: string): boolean {
  const hex = address.slice(2);
  if (hex === hex.toLowerCase() || hex === hex.toUpperCase()) return true;
  const hash = keccak_256(new TextEncoder().encode(hex.toLowerCase()));
  for (let i = 0; i < 40; i++) {
    const ch = hex.charAt(i);
    if (!/[a-f]/iu.test(ch)) continue;
    const nibble = ((hash[i >> 1] ?? 0) >> (i % 2 === 0 ? 4 : 0)) & 0xf;
    if (nibble >= 8 !== (ch === ch.toUpperCase())) return false;
  }
  return true;
}

function classify(token: string): { chain: Chain; normalized: string } | undefined {
  if (token.startsWith('0x')) return isEip55(token) ? { chain: 'eth', normalized: token.toLowerCase() } : undefined;
  if (/^bc1/iu.test(token)) return isSegwit(token) ? { chain: 'btc', normalized: token.toLowerCase() } : undefined;
  const payload = base58Check(token);
  if (payload === undefined || payload.length !== 21) return undefined;
  const version = payload[0];
  if (token.startsWith('T')) return version === 0x41 ? { chain: 'tron', normalized: token } : undefined;
  return version === 0x00 || version === 0x05 ? { chain: 'btc', normalized: token } : undefined;
}

/** Checksum-valid BTC, ETH (and ERC-20 chains) and TRON addresses. */
export function findCryptoAddresses(text: string): Entity[] {
  const out: Entity[] = [];
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(text); m !== null; m = CANDIDATE.exec(text)) {
    const found = classify(m[0]);
    if (found === undefined) continue;
    out.push({
      type: 'crypto_address',
      start: m.index,
      end: m.index + m[0].length,
      value: m[0],
      normalized: found.normalized,
      details: { kind: found.chain },
    });
  }
  return out;
}
