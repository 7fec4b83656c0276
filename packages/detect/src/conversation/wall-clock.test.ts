import { describe, expect, it } from 'vitest';
import { isLateNight, readWallClock } from './wall-clock.ts';

describe('readWallClock', () => {
  it('reads the hour as written, with or without an offset', () => {
    expect(readWallClock('2023-12-31T21:41:00')?.hour).toBe(21);
    expect(readWallClock('2023-12-31T23:05:00+07:00')?.hour).toBe(23);
    expect(readWallClock('2023-12-31T02:00:00Z')?.hour).toBe(2);
    expect(readWallClock('2023-12-31 02:00')?.hour).toBe(2);
  });

  it('compares absolute times across offsets', () => {
    const bangkok = readWallClock('2024-01-01T07:00:00+07:00');
    const utc = readWallClock('2024-01-01T00:00:00Z');
    expect(bangkok?.minutes).toBe(utc?.minutes);
  });

  it.each([null, '', 'yesterday', '2024-13-01T10:00:00', '2024-01-01T25:00:00', '2024-01-01T10:61', 'x'.repeat(100)])(
    'gives nothing for %s',
    (time) => {
      expect(readWallClock(time)).toBeUndefined();
    },
  );
});

describe('isLateNight', () => {
  it('is true from 22:00 to 05:59', () => {
    expect(isLateNight(readWallClock('2024-01-01T22:00:00'))).toBe(true);
    expect(isLateNight(readWallClock('2024-01-01T05:59:00'))).toBe(true);
    expect(isLateNight(readWallClock('2024-01-01T06:00:00'))).toBe(false);
    expect(isLateNight(readWallClock('2024-01-01T21:59:00'))).toBe(false);
    expect(isLateNight(undefined)).toBe(false);
  });
});
