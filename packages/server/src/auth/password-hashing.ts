import { hash, verify } from '@node-rs/argon2';
import { z } from 'zod';

/**
 * The argon2id functions every password operation goes through (one object, so a test can watch
 * which verifications a login runs and at what cost, instead of timing it).
 */
export const argon2id = { hash, verify };

/**
 * argon2id with OWASP's recommended minimum (19 MiB, 2 passes, 1 lane; 23 ms per verification measured on the 2-core development machine).
 * The library's default algorithm is argon2id; the PHC string records the parameters, so they can
 * be raised later and old hashes still verify.
 */
export const PASSWORD_HASH_OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1, outputLen: 32 } as const;

/** Long passphrases are welcome; the upper bound only stops hashing megabytes. */
export const passwordSchema = z
  .string()
  .min(12, 'Use at least 12 characters.')
  .max(256, 'Use at most 256 characters.')
  .refine((password) => new Set(password).size >= 5, 'Use a less repetitive password.');

export function hashPassword(password: string): Promise<string> {
  return argon2id.hash(password, PASSWORD_HASH_OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await argon2id.verify(passwordHash, password);
  } catch (error) {
    // A hash that does not parse is a stored-data fault, not a wrong password: surface it.
    throw new Error('The stored password hash cannot be read.', { cause: error });
  }
}

let dummyHash: Promise<string> | undefined;

/**
 * Spends the time of one verification against a throw-away hash, so that a login that does not
 * exist takes as long as one with a wrong password (no timing oracle for valid logins).
 */
export async function burnVerificationTime(password: string): Promise<void> {
  dummyHash ??= hashPassword('raksa-timing-equaliser-not-a-password');
  await argon2id.verify(await dummyHash, password.slice(0, 256));
}
