import { describe, expect, it } from 'vitest';
import { analyzeText } from '../analyze-text.ts';
import type { Harm } from '../types.ts';

function finding(text: string, harm: Harm) {
  return analyzeText(text).harms.find((found) => found.type === harm);
}

function scoreOf(text: string, harm: Harm): number {
  return finding(text, harm)?.score ?? 0;
}

function ruleIds(text: string, harm: Harm): string[] {
  const result = analyzeText(text, { threshold: 0 });
  return (result.harms.find((found) => found.type === harm)?.indicators ?? []).map((indicator) => indicator.id);
}

describe('a meeting kept secret from parents', () => {
  const meeting = "I'll pick you up from the mall at 4. tell your mom you're at Jess's house ok? just us";

  it('is reported as grooming, with the rule that joins the secrecy and the meeting', () => {
    expect(finding(meeting, 'grooming')).toBeDefined();
    expect(ruleIds(meeting, 'grooming')).toContain('rule.grooming.secret_meeting');
  });

  it('is not reported when the same pick-up has no secrecy', () => {
    const plain = "I'll pick you up from the mall at 4, text me when you're done shopping";
    expect(ruleIds(plain, 'grooming')).not.toContain('rule.grooming.secret_meeting');
    expect(finding(plain, 'grooming')).toBeUndefined();
  });
});

describe('gifts for a child, with flattery or a private app', () => {
  const gifts = 'Bé học lớp mấy rồi? Lớp 6 à, dễ thương quá. Kết bạn Zalo với chú nhé, chú gửi quà cho';

  it('is reported as grooming when a child’s grade, a gift and a private app come together', () => {
    expect(finding(gifts, 'grooming')).toBeDefined();
    expect(ruleIds(gifts, 'grooming')).toContain('rule.grooming.child_gifts_and_contact');
  });

  it('needs the gift: the same flattery and private app without it do not fire the rule', () => {
    const noGift = 'Bé học lớp mấy rồi? Lớp 6 à, dễ thương quá. Kết bạn Zalo với chú nhé';
    expect(ruleIds(noGift, 'grooming')).not.toContain('rule.grooming.child_gifts_and_contact');
    expect(scoreOf(noGift, 'grooming')).toBeLessThan(scoreOf(gifts, 'grooming'));
  });
});

describe('a naked-loan offer without a threat', () => {
  it('is a predatory loan, not sextortion, even when it names a fee', () => {
    const offer = 'ត្រូវការលុយបង់ថ្លៃសាលាមែនទេ? បងឲ្យខ្ចី ៣០០ ដុល្លារ គ្មានការប្រាក់ គ្រាន់តែផ្ញើរូបអាក្រាតមកបងទុកជាការធានា';
    expect(finding(offer, 'predatory_loan')).toBeDefined();
    expect(finding(offer, 'sextortion')).toBeUndefined();
  });

  it('still reports sextortion when the lender threatens to send the pictures', () => {
    const threat =
      'You took the loan with your nude photos. Pay by Friday or I send your nudes to your family and friends.';
    expect(finding(threat, 'sextortion')).toBeDefined();
  });
});
