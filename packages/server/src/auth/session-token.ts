import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A new session token: 32 random bytes, base64url (43 characters). Only its hash is stored. */
export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * The CSRF token of a session: derived from the session token (which scripts cannot read), so it
 * needs no storage and a token planted by another site or subdomain never matches.
 */
export function csrfTokenFor(sessionToken: string): string {
  return createHash('sha256').update(`raksa-csrf:${sessionToken}`, 'utf8').digest('base64url');
}

/** A token has the shape `newSessionToken` produces; anything else is refused before any lookup. */
export function isWellFormedToken(token: string): boolean {
  return /^[\w-]{43}$/u.test(token);
}

/** Compares two strings in time independent of where they differ. */
export function constantTimeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a, 'utf8');
  const right = Buffer.from(b, 'utf8');
  return left.length === right.length && timingSafeEqual(left, right);
}
