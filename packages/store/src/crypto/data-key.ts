import { createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { closeSync, existsSync, openSync, readFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { StoreError } from '../errors.ts';

export const DATA_KEY_BYTES = 32;

/** The master data key and the sub-keys derived from it (never stored in the database). */
export interface DataKeys {
  /** Short public identifier of the master key, written next to every ciphertext. */
  readonly keyId: string;
  readonly encryptionKey: Buffer;
  readonly blindIndexKey: Buffer;
}

export function deriveDataKeys(masterKey: Uint8Array): DataKeys {
  if (masterKey.byteLength !== DATA_KEY_BYTES) {
    throw new StoreError('invalid_input', `the data key must be ${DATA_KEY_BYTES} bytes, got ${masterKey.byteLength}`);
  }
  const derive = (info: string) => Buffer.from(hkdfSync('sha256', masterKey, Buffer.alloc(0), info, 32));
  const keyId = createHmac('sha256', masterKey).update('raksa/key-id/v1').digest('hex').slice(0, 16);
  return {
    keyId,
    encryptionKey: derive('raksa/field-encryption/v1'),
    blindIndexKey: derive('raksa/blind-index/v1'),
  };
}

export function decodeBase64Key(text: string, source: string): Uint8Array {
  const trimmed = text.trim();
  if (!/^[A-Za-z0-9+/]+={0,2}$/u.test(trimmed)) {
    throw new StoreError('invalid_input', `${source} is not base64`);
  }
  const key = Buffer.from(trimmed, 'base64');
  if (key.byteLength !== DATA_KEY_BYTES) {
    throw new StoreError('invalid_input', `${source} must decode to ${DATA_KEY_BYTES} bytes, got ${key.byteLength}`);
  }
  return key;
}

/** Reads the key file, or creates it (mode 0600, 32 random bytes in base64) when it does not exist. */
export function readOrCreateKeyFile(keyFile: string): Uint8Array {
  if (existsSync(keyFile)) return decodeBase64Key(readFileSync(keyFile, 'utf8'), `key file ${keyFile}`);
  const key = randomBytes(DATA_KEY_BYTES);
  const descriptor = openSync(keyFile, 'wx', 0o600);
  try {
    writeSync(descriptor, `${key.toString('base64')}\n`);
  } finally {
    closeSync(descriptor);
  }
  return key;
}

export function isInsideDirectory(file: string, directory: string): boolean {
  const relative = path.relative(path.resolve(directory), path.resolve(file));
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

export interface KeySources {
  readonly key?: Uint8Array | undefined;
  readonly keyFile?: string | undefined;
  readonly dataDir?: string | undefined;
  readonly environmentKey?: string | undefined;
  /** An in-memory store may run on a random key that dies with the process. */
  readonly allowEphemeral: boolean;
}

/** Chooses the key: explicit bytes, then RAKSA_DATA_KEY, then the key file; never a file in the data directory. */
export function resolveMasterKey(sources: KeySources): Uint8Array {
  if (sources.key) {
    if (sources.key.byteLength !== DATA_KEY_BYTES) {
      throw new StoreError('invalid_input', `the data key must be ${DATA_KEY_BYTES} bytes`);
    }
    return sources.key;
  }
  if (sources.environmentKey) return decodeBase64Key(sources.environmentKey, 'RAKSA_DATA_KEY');
  if (sources.keyFile) {
    if (sources.dataDir && isInsideDirectory(sources.keyFile, sources.dataDir)) {
      throw new StoreError(
        'invalid_input',
        `the key file ${sources.keyFile} is inside the database directory ${sources.dataDir}: keep it elsewhere, or a copy of the database carries its own key`,
      );
    }
    return readOrCreateKeyFile(sources.keyFile);
  }
  if (sources.allowEphemeral) return randomBytes(DATA_KEY_BYTES);
  throw new StoreError(
    'key_missing',
    'no data key: pass `key`, set RAKSA_DATA_KEY (32 bytes in base64) or give a `keyFile` outside the data directory',
  );
}
