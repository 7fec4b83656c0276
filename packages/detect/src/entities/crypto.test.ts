import { describe, expect, it } from 'vitest';
import { findCryptoAddresses } from './crypto.ts';

describe(findCryptoAddresses.name, () => {
  const valid: Array<[string, 'btc' | 'eth' | 'tron', string]> = [
    ['1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa', 'btc', '1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa'],
    ['3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy', 'btc', '3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy'],
    ['bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4', 'btc', 'bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4'],
    ['BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4', 'btc', 'bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4'],
    [
      'bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0',
      'btc',
      'bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0',
    ],
    ['0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed', 'eth', '0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed'],
    ['0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359', 'eth', '0xfb6916095ca1df60bb79ce92ce3ea74c37c5d359'],
    ['0x52908400098527886e0f7030069857d2e4169ee7', 'eth', '0x52908400098527886e0f7030069857d2e4169ee7'],
    ['0x52908400098527886E0F7030069857D2E4169EE7', 'eth', '0x52908400098527886e0f7030069857d2e4169ee7'],
    ['TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t', 'tron', 'TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t'],
    ['T9yMTFS7V9RFSwVW34egg8D3basvH8E6UG', 'tron', 'T9yMTFS7V9RFSwVW34egg8D3basvH8E6UG'],
  ];
  for (const [address, kind, normalized] of valid) {
    it(`finds a ${kind} address when the text contains ${address}`, () => {
      const text = `send USDT to ${address}, thanks`;
      const [hit, ...rest] = findCryptoAddresses(text);
      expect(rest).toEqual([]);
      expect(hit?.value).toBe(address);
      expect(hit?.details?.kind).toBe(kind);
      expect(hit?.normalized).toBe(normalized);
      expect(text.slice(hit?.start, hit?.end)).toBe(address);
    });
  }

  const invalid: Array<[string, string]> = [
    ['a base58 checksum error', '1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb'],
    ['a bech32 checksum error', 'bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5'],
    ['mixed-case bech32', 'bc1qW508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4'],
    ['a v0 program with bech32m checksum', 'bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4x'],
    ['an EIP-55 checksum error', '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD'],
    ['a TRON checksum error', 'TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6u'],
    ['a hex string that is too long', '0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed00'],
    ['a word glued to an address', 'x1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa'],
  ];
  for (const [what, token] of invalid) {
    it(`finds nothing when the text has ${what}`, () => {
      expect(findCryptoAddresses(`addr ${token} end`)).toEqual([]);
    });
  }
});
