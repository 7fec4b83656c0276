import { Secret, TOTP } from 'otpauth';

const TOTP_SETTINGS = { algorithm: 'SHA1', digits: 6, period: 30 } as const;

/** A new TOTP secret (160 bits, base32) and the otpauth:// URI an authenticator app scans. */
export function newTotpEnrolment(label: string): { secret: string; uri: string } {
  const secret = new Secret({ size: 20 });
  const totp = new TOTP({ issuer: 'Raksa', label, secret, ...TOTP_SETTINGS });
  return { secret: secret.base32, uri: totp.toString() };
}

/**
 * Checks a 6-digit code against a base32 secret, accepting one period of clock drift either way.
 * Returns the time step the code belongs to (for refusing a replay of the same code), or null.
 */
export function verifyTotpCode(secret: string, code: string, now: Date): number | null {
  if (!/^\d{6}$/u.test(code)) return null;
  const totp = new TOTP({ secret: Secret.fromBase32(secret), ...TOTP_SETTINGS });
  const delta = totp.validate({ token: code, timestamp: now.getTime(), window: 1 });
  if (delta === null) return null;
  return TOTP.counter({ period: TOTP_SETTINGS.period, timestamp: now.getTime() }) + delta;
}

/** The current code for a secret (tests and the demo data use it). */
export function totpCodeAt(secret: string, now: Date): string {
  return new TOTP({ secret: Secret.fromBase32(secret), ...TOTP_SETTINGS }).generate({ timestamp: now.getTime() });
}

/** The TOTP time step `now` falls in. */
export function currentTotpStep(now: Date): number {
  return TOTP.counter({ period: TOTP_SETTINGS.period, timestamp: now.getTime() });
}
