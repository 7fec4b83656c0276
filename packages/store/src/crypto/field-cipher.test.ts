import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isStoreError } from '../errors.ts';
import { decodeBase64Key, deriveDataKeys, isInsideDirectory, resolveMasterKey } from './data-key.ts';
import { FieldCipher } from './field-cipher.ts';
import { normaliseIdentifier } from './normalise-identifier.ts';

const cipher = new FieldCipher(deriveDataKeys(new Uint8Array(32).fill(3)));
const otherCipher = new FieldCipher(deriveDataKeys(new Uint8Array(32).fill(4)));

describe('FieldCipher', () => {
  it('round-trips any text, with a fresh nonce every time', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        const a = cipher.encrypt(text, 'persons.given_name_latin');
        const b = cipher.encrypt(text, 'persons.given_name_latin');
        expect(a).not.toBe(b);
        expect(cipher.decrypt(a, 'persons.given_name_latin')).toBe(text);
      }),
    );
  });

  it('refuses a value moved to another column, altered, or read with another key', () => {
    const stored = cipher.encrypt('Sokha', 'persons.given_name_latin');
    expect(() => cipher.decrypt(stored, 'persons.family_name_latin')).toThrow(/failed authentication/u);
    const altered = `${stored.slice(0, -2)}${stored.endsWith('A') ? 'B' : 'A'}${stored.slice(-1)}`;
    expect(() => cipher.decrypt(altered, 'persons.given_name_latin')).toThrow();
    expect(() => otherCipher.decrypt(stored, 'persons.given_name_latin')).toThrow(/encrypted with key/u);
    expect(() => cipher.decrypt('plain text', 'persons.given_name_latin')).toThrow(/not an encrypted field/u);
  });

  it('gives the same blind index for the same identifier and different ones across keys and types', () => {
    expect(cipher.blindIndex('phone', '+85512345678')).toBe(cipher.blindIndex('phone', '+85512345678'));
    expect(cipher.blindIndex('phone', '+85512345678')).not.toBe(otherCipher.blindIndex('phone', '+85512345678'));
    expect(cipher.blindIndex('phone', 'x')).not.toBe(cipher.blindIndex('handle', 'x'));
    expect(cipher.blindIndex('phone', 'x')).toMatch(/^[0-9a-f]{64}$/u);
  });
});

describe('normaliseIdentifier', () => {
  it('brings Cambodian phone numbers written in different ways to one E.164 form', () => {
    for (const written of [
      '+855 12 345 678',
      '012 345 678',
      '012-345-678',
      '00855 12 345 678',
      '855 012 345 678',
      '+855 (0)12 345 678',
    ]) {
      expect(normaliseIdentifier('phone', written), written).toBe('+85512345678');
    }
    expect(normaliseIdentifier('phone', '+66 81 234 5678')).toBe('+66812345678');
    expect(normaliseIdentifier('phone', '12')).toBeUndefined();
  });

  it('normalises handles, e-mails, domains, URLs, wallets and documents', () => {
    expect(normaliseIdentifier('handle', 'telegram:Fictional_Agent')).toBe('fictional_agent');
    expect(normaliseIdentifier('handle', '@@Fictional_Agent')).toBe('fictional_agent');
    expect(normaliseIdentifier('email', ' Agent@Example.COM ')).toBe('agent@example.com');
    expect(normaliseIdentifier('domain', 'WWW.Example.com.kh.')).toBe('example.com.kh');
    expect(normaliseIdentifier('url', 'https://www.example.com/jobs/')).toBe('example.com/jobs');
    expect(normaliseIdentifier('url', 'example.com/jobs?id=1')).toBe('example.com/jobs?id=1');
    expect(normaliseIdentifier('crypto_wallet', '0xABCDEF0123')).toBe('0xabcdef0123');
    expect(normaliseIdentifier('crypto_wallet', 'TXyzFictional')).toBe('TXyzFictional');
    expect(normaliseIdentifier('document', 'n0-fict 42.42')).toBe('N0FICT4242');
  });

  it('never throws on hostile input', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('phone', 'handle', 'email', 'crypto_wallet', 'url', 'domain', 'document' as const),
        fc.string({ maxLength: 300 }),
        (type, text) => {
          const result = normaliseIdentifier(type, text);
          expect(result === undefined || typeof result === 'string').toBe(true);
        },
      ),
    );
    expect(normaliseIdentifier('url', `${'/'.repeat(50_000)}x`)).toBeDefined();
  });
});

describe('data keys', () => {
  it('accepts only 32-byte base64 keys and keeps the key file out of the data directory', () => {
    expect(decodeBase64Key(Buffer.alloc(32, 1).toString('base64'), 'test')).toHaveLength(32);
    expect(() => decodeBase64Key('c2hvcnQ=', 'test')).toThrow(/32 bytes/u);
    expect(() => decodeBase64Key('not base64!', 'test')).toThrow(/not base64/u);
    expect(isInsideDirectory('/srv/raksa/data/key', '/srv/raksa/data')).toBe(true);
    expect(isInsideDirectory('/srv/raksa/raksa-data.key', '/srv/raksa/data')).toBe(false);
    expect(isInsideDirectory('/srv/raksa/data-key', '/srv/raksa/data')).toBe(false);
    let missing: unknown;
    try {
      resolveMasterKey({ allowEphemeral: false });
    } catch (error) {
      missing = error;
    }
    expect(isStoreError(missing, 'key_missing')).toBe(true);
    expect(resolveMasterKey({ allowEphemeral: true })).toHaveLength(32);
  });
});
