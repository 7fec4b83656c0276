import { describe, expect, it } from 'vitest';
import { createTotpReplayGuard } from './totp-replay-guard.ts';

describe('TOTP replay protection', () => {
  it('accepts a code once per time step per user', () => {
    const guard = createTotpReplayGuard();
    expect(guard.accept('user-1', 100, 100)).toBe(true);
    expect(guard.accept('user-1', 100, 100)).toBe(false);
    expect(guard.accept('user-2', 100, 100)).toBe(true);
  });

  it('refuses an older step once a newer one was used (codes within the drift window)', () => {
    const guard = createTotpReplayGuard();
    expect(guard.accept('user-1', 101, 100)).toBe(true);
    expect(guard.accept('user-1', 100, 100)).toBe(false);
    expect(guard.accept('user-1', 99, 100)).toBe(false);
    expect(guard.accept('user-1', 102, 101)).toBe(true);
  });

  it('forgets steps that can no longer be valid, so memory stays bounded', () => {
    const guard = createTotpReplayGuard();
    for (let user = 0; user < 1000; user++) guard.accept(`user-${user}`, 100, 100);
    expect(guard.size()).toBe(1000);
    guard.accept('late', 103, 103);
    expect(guard.size()).toBe(1);
  });
});
