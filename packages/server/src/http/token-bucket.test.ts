import { describe, expect, it } from 'vitest';
import { createTokenBucketLimiter } from './token-bucket.ts';

describe('the token bucket limiter', () => {
  it('allows a burst of `capacity` requests, then refuses with the seconds until the next token', () => {
    let time = 0;
    const limiter = createTokenBucketLimiter({ capacity: 3, refillPerSecond: 0.5, maxClients: 10, now: () => time });
    expect([1, 2, 3].map(() => limiter.take('10.0.0.1').allowed)).toEqual([true, true, true]);
    expect(limiter.take('10.0.0.1')).toEqual({ allowed: false, retryAfterSeconds: 2 });
    time += 1000;
    expect(limiter.take('10.0.0.1')).toEqual({ allowed: false, retryAfterSeconds: 1 });
    time += 1000;
    expect(limiter.take('10.0.0.1').allowed).toBe(true);
  });

  it('keeps one bucket per client', () => {
    const limiter = createTokenBucketLimiter({ capacity: 1, refillPerSecond: 1, maxClients: 10, now: () => 0 });
    expect(limiter.take('a').allowed).toBe(true);
    expect(limiter.take('a').allowed).toBe(false);
    expect(limiter.take('b').allowed).toBe(true);
  });

  it('never refills beyond capacity', () => {
    let time = 0;
    const limiter = createTokenBucketLimiter({ capacity: 2, refillPerSecond: 10, maxClients: 10, now: () => time });
    limiter.take('a');
    time += 3_600_000;
    expect([1, 2, 3].map(() => limiter.take('a').allowed)).toEqual([true, true, false]);
  });

  it('remembers at most maxClients, forgetting the least recently seen', () => {
    const limiter = createTokenBucketLimiter({ capacity: 1, refillPerSecond: 0.001, maxClients: 2, now: () => 0 });
    limiter.take('a');
    limiter.take('b');
    limiter.take('a');
    limiter.take('c');
    expect(limiter.size).toBe(2);
    // b was forgotten, so it starts with a full bucket; a is still empty.
    expect(limiter.take('b').allowed).toBe(true);
    expect(limiter.take('c').allowed).toBe(false);
  });

  it('survives a clock that goes backwards', () => {
    let time = 10_000;
    const limiter = createTokenBucketLimiter({ capacity: 1, refillPerSecond: 1, maxClients: 10, now: () => time });
    limiter.take('a');
    time = 0;
    expect(limiter.take('a').allowed).toBe(false);
  });
});
