import { randomBytes } from 'node:crypto';
import { passwordSchema } from './password-hashing.ts';

/**
 * A temporary password for a new or reset account: 120 random bits as 20 base64url characters,
 * shown once to the administrator, who hands it over; only its argon2id hash is stored.
 */
export function newTemporaryPassword(): string {
  for (;;) {
    const candidate = randomBytes(15).toString('base64url');
    if (passwordSchema.safeParse(candidate).success) return candidate;
  }
}
