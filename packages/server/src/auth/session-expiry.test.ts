import { describe, expect, it } from 'vitest';
import { isSessionExpired, nextExpiry } from './session-expiry.ts';

const LIMITS = { idleMinutes: 30, absoluteHours: 8 };
const at = (minutes: number) => new Date(Date.UTC(2026, 0, 1, 8, 0) + minutes * 60_000);

describe('session lifetime', () => {
  it('moves the idle deadline with each use', () => {
    expect(nextExpiry(at(0), at(0), LIMITS)).toEqual(at(30));
    expect(nextExpiry(at(0), at(100), LIMITS)).toEqual(at(130));
  });

  it('never moves it past the absolute deadline', () => {
    expect(nextExpiry(at(0), at(470), LIMITS)).toEqual(at(480));
  });

  it('expires at the idle deadline and at the absolute deadline, whichever comes first', () => {
    expect(isSessionExpired({ createdAt: at(0), expiresAt: at(30) }, LIMITS, at(29))).toBe(false);
    expect(isSessionExpired({ createdAt: at(0), expiresAt: at(30) }, LIMITS, at(30))).toBe(true);
    // A stored deadline beyond the absolute lifetime (a tampered or misconfigured row) does not extend it.
    expect(isSessionExpired({ createdAt: at(0), expiresAt: at(10_000) }, LIMITS, at(481))).toBe(true);
  });
});
