import { createDetector } from '@raksa/detect';
import { describe, expect, it } from 'vitest';
import {
  fictionalHandle,
  fictionalPhone,
  fictionalTronWallet,
  isFictionalPhone,
  nationalForm,
  FICTIONAL_HANDLE_PATTERN,
} from './fictional-identifiers.ts';
import { seededRandom } from './seeded-random.ts';

describe('fictional identifiers', () => {
  const detector = createDetector();

  it('are recognised by the detection engine, so tips sharing them are linked', () => {
    const random = seededRandom(3);
    const phone = fictionalPhone(random);
    const thaiPhone = fictionalPhone(random, 'TH');
    const wallet = fictionalTronWallet(random);
    const handle = fictionalHandle(random);
    const analysis = detector.analyzeText(
      `Call ${phone} or ${thaiPhone}, or ${nationalForm(phone)}; Telegram ${handle}; pay USDT to ${wallet}`,
    );
    const found = analysis.entities.map((entity) => [entity.type, entity.value]);
    expect(found).toContainEqual(['phone', phone]);
    expect(found).toContainEqual(['phone', thaiPhone]);
    expect(found).toContainEqual(['phone', nationalForm(phone)]);
    expect(found).toContainEqual(['crypto_address', wallet]);
    expect(found.some(([type, value]) => type === 'handle' && value === handle)).toBe(true);
  });

  it('stay inside their fictional ranges, and the range check rejects other numbers', () => {
    const random = seededRandom(11);
    for (let i = 0; i < 500; i++) {
      expect(isFictionalPhone(fictionalPhone(random, random.pick(['KH', 'TH', 'VN'] as const)))).toBe(true);
      expect(fictionalHandle(random)).toMatch(FICTIONAL_HANDLE_PATTERN);
    }
    for (const other of [
      '+855 12 345 678',
      '+855 96 555 1234',
      '012 345 678',
      '+66 81 234 5678',
      '+855 96 555 0123 9',
    ]) {
      expect(isFictionalPhone(other), other).toBe(false);
    }
  });

  it('builds TRON addresses with a valid checksum, the same for the same seed', () => {
    const a = fictionalTronWallet(seededRandom(5));
    expect(a).toMatch(/^T[1-9A-HJ-NP-Za-km-z]{33}$/u);
    expect(fictionalTronWallet(seededRandom(5))).toBe(a);
    expect(fictionalTronWallet(seededRandom(6))).not.toBe(a);
  });
});
