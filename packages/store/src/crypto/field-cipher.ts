import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import { StoreError } from '../errors.ts';
import type { DataKeys } from './data-key.ts';

const FORMAT = 'rk1';
const NONCE_BYTES = 12;
const TAG_BYTES = 16;

export type BlindIndexType = 'phone' | 'handle' | 'email' | 'crypto_wallet' | 'url' | 'domain' | 'document';

/** Whether a stored value is in the encrypted-field format (rather than text written in clear). */
export function isEncryptedValue(stored: string): boolean {
  return stored.startsWith(`${FORMAT}:`);
}

/**
 * AES-256-GCM for personal fields. A value is stored as `rk1:<key id>:<nonce>:<ciphertext+tag>`
 * (base64url), with a fresh random nonce each time. The associated data names the column, so a
 * ciphertext copied into another column does not decrypt.
 */
export class FieldCipher {
  readonly #keys: DataKeys;

  constructor(keys: DataKeys) {
    this.#keys = keys;
  }

  get keyId(): string {
    return this.#keys.keyId;
  }

  encrypt(plaintext: string, context: string): string {
    const nonce = randomBytes(NONCE_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.#keys.encryptionKey, nonce);
    cipher.setAAD(Buffer.from(context, 'utf8'));
    const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final(), cipher.getAuthTag()]);
    return `${FORMAT}:${this.#keys.keyId}:${nonce.toString('base64url')}:${body.toString('base64url')}`;
  }

  decrypt(stored: string, context: string): string {
    const [format, keyId, nonceText, bodyText] = stored.split(':');
    if (format !== FORMAT || !keyId || !nonceText || !bodyText) {
      throw new StoreError('invalid_input', `a value in ${context} is not an encrypted field`);
    }
    if (keyId !== this.#keys.keyId) {
      throw new StoreError('key_mismatch', `a value in ${context} was encrypted with key ${keyId}, not ${this.keyId}`);
    }
    const body = Buffer.from(bodyText, 'base64url');
    const decipher = createDecipheriv('aes-256-gcm', this.#keys.encryptionKey, Buffer.from(nonceText, 'base64url'));
    decipher.setAAD(Buffer.from(context, 'utf8'));
    decipher.setAuthTag(body.subarray(body.length - TAG_BYTES));
    try {
      return Buffer.concat([decipher.update(body.subarray(0, body.length - TAG_BYTES)), decipher.final()]).toString(
        'utf8',
      );
    } catch {
      throw new StoreError('key_mismatch', `a value in ${context} failed authentication: wrong key or altered data`);
    }
  }

  encryptBytes(bytes: Uint8Array, context: string): string {
    return this.encrypt(Buffer.from(bytes).toString('base64'), context);
  }

  decryptBytes(stored: string, context: string): Buffer {
    return Buffer.from(this.decrypt(stored, context), 'base64');
  }

  /** HMAC-SHA-256 with the blind-index key of an already normalised identifier. */
  blindIndex(type: BlindIndexType, normalised: string): string {
    return createHmac('sha256', this.#keys.blindIndexKey).update(`${type}\u0000${normalised}`).digest('hex');
  }

  /** A value stored in store_meta that proves the key matches the one the database was created with. */
  keyCheck(): string {
    return createHmac('sha256', this.#keys.blindIndexKey).update('raksa/key-check/v1').digest('hex');
  }
}
