/** Token buckets per key (client IP), in memory: `capacity` requests at once, `refillPerSecond` after. */
export interface TokenBucketLimiter {
  /** Takes one token for `key`; when none is left, says how many seconds until one is. */
  take(key: string): { allowed: true } | { allowed: false; retryAfterSeconds: number };
  /** Clients currently remembered (bounded by `maxClients`). */
  readonly size: number;
}

export function createTokenBucketLimiter(options: {
  capacity: number;
  refillPerSecond: number;
  maxClients: number;
  now?: () => number;
}): TokenBucketLimiter {
  const { capacity, refillPerSecond, maxClients } = options;
  const now = options.now ?? Date.now;
  // A Map keeps insertion order: re-inserting on each use makes the first key the least recently seen.
  const buckets = new Map<string, { tokens: number; updatedAt: number }>();
  return {
    get size() {
      return buckets.size;
    },
    take(key) {
      const time = now();
      const previous = buckets.get(key);
      let tokens = capacity;
      if (previous !== undefined) {
        const elapsedSeconds = Math.max(0, time - previous.updatedAt) / 1000;
        tokens = Math.min(capacity, previous.tokens + elapsedSeconds * refillPerSecond);
        buckets.delete(key);
      } else if (buckets.size >= maxClients) {
        const oldest = buckets.keys().next();
        if (oldest.done !== true) buckets.delete(oldest.value);
      }
      if (tokens >= 1) {
        buckets.set(key, { tokens: tokens - 1, updatedAt: time });
        return { allowed: true };
      }
      buckets.set(key, { tokens, updatedAt: time });
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - tokens) / refillPerSecond)) };
    },
  };
}
