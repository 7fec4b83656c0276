import { describe, expect, it } from 'vitest';
import { analyzeText, createDetector } from './analyze-text.ts';
import { DetectError } from './errors.ts';
import { HARMS } from './types.ts';

function harmsOf(text: string, options = {}): string[] {
  return analyzeText(text, options).harms.map((harm) => harm.type);
}

describe(analyzeText.name, () => {
  it('flags the classic scam-compound job ad as recruitment fraud with evidence in the original text', () => {
    const text =
      'URGENT!! Customer service job in Sihanoukville, no experience needed, $1,500/month, free visa + flight. Contact Telegram';
    const analysis = analyzeText(text);
    expect(analysis.harms[0]?.type).toBe('recruitment_fraud');
    expect(['high', 'critical']).toContain(analysis.risk);
    for (const harm of analysis.harms) {
      expect(harm.indicators.length).toBeGreaterThan(0);
      for (const indicator of harm.indicators) {
        for (const evidence of indicator.evidence) expect(text.slice(evidence.start, evidence.end)).toBe(evidence.text);
      }
    }
    expect(analysis.advice.map((advice) => advice.harm)).toContain('recruitment_fraud');
  });

  it('finds evidence through disguise and maps it back to what was written', () => {
    const text = 'N0 exp3rience n e e d e d!! Contact t3l3gram, free v\u200bisa';
    const analysis = analyzeText(text, { threshold: 0 });
    const evidence = analysis.harms.flatMap((h) => h.indicators.flatMap((i) => i.evidence));
    expect(evidence.length).toBeGreaterThan(0);
    for (const e of evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
  });

  it('does not flag an awareness post that quotes the lure', () => {
    const text =
      'SCAM ALERT: if someone offers you $1,500 a month in Sihanoukville with a free visa and flight and no experience needed, do not go. Report it to the police.';
    const analysis = analyzeText(text);
    expect(analysis.harms.filter((h) => h.type === 'recruitment_fraud')).toEqual([]);
    expect(analysis.warnings.map((w) => w.code)).toContain('awareness_context');
  });

  it('reports risk none exactly when no harm reaches the threshold', () => {
    const quiet = analyzeText('Grandma says lunch is ready, come home before noon.');
    expect(quiet.risk).toBe('none');
    expect(quiet.harms).toEqual([]);
    const flagged = analyzeText('Selling kidney, good price, contact me on WhatsApp, buying kidney donors now');
    expect(flagged.harms.length > 0).toBe(flagged.risk !== 'none');
  });

  it('scores every harm between 0 and 1', () => {
    const { scores } = analyzeText('free visa free flight high salary');
    expect(Object.keys(scores).sort()).toEqual([...HARMS].sort());
    for (const score of Object.values(scores)) {
      expect(score).toBeGreaterThanOrEqual(0);
      expect(score).toBeLessThanOrEqual(1);
    }
  });

  it.each([
    ['km', 'ការងារស្រួល ប្រាក់ខែខ្ពស់ នៅក្រុងព្រះសីហនុ'],
    ['th', 'รับสมัครงานแอดมินออนไลน์ รายได้ดี'],
    ['zh', '高薪招聘客服，包吃包住'],
    ['vi', 'Tuyển nhân viên chăm sóc khách hàng, việc nhẹ lương cao'],
    ['id', 'Dicari admin customer service, gaji besar, tidak perlu pengalaman'],
    ['tl', 'Hiring po kami ng customer service sa abroad, malaki ang sahod'],
    ['en', 'We are hiring customer service staff for our office'],
    ['my', 'အလုပ်ခေါ်နေပါတယ် လစာကောင်း'],
    ['lo', 'ຮັບສະໝັກພະນັກງານ ເງິນເດືອນສູງ'],
  ])('identifies %s text', (language, text) => {
    expect(analyzeText(text).language).toBe(language);
  });

  it('keeps the caller language hint within the same script and ignores it otherwise', () => {
    expect(analyzeText('Kerja di luar negeri', { lang: 'ms' }).language).toBe('id');
    const khmer = analyzeText('ការងារស្រួល', { lang: 'th' });
    expect(khmer.language).toBe('km');
    expect(khmer.warnings.map((w) => w.code)).toContain('language_hint_ignored');
  });

  describe('hostile input', () => {
    it('answers empty text with a warning', () => {
      const analysis = analyzeText('');
      expect(analysis.risk).toBe('none');
      expect(analysis.warnings.map((w) => w.code)).toContain('input_empty');
    });

    it('caps 10 MB of text with input_truncated', () => {
      const analysis = analyzeText('free visa '.repeat(1_000_000));
      expect(analysis.analyzedLength).toBeLessThanOrEqual(100_000);
      expect(analysis.warnings.map((w) => w.code)).toContain('input_truncated');
    });

    it('never splits a surrogate pair when truncating', () => {
      const analysis = analyzeText('😀'.repeat(10), { maxChars: 5 });
      expect(analysis.analyzedLength).toBe(4);
    });

    it('survives 100,000 emoji, lone surrogates and binary garbage', () => {
      expect(analyzeText('🍕'.repeat(100_000)).warnings.map((w) => w.code)).toContain('input_truncated');
      expect(analyzeText('abc\ud800\udc00\udfff\ud800').warnings.map((w) => w.code)).toContain('invalid_utf16');
      const garbage = Array.from({ length: 5000 }, (_, i) => String.fromCharCode((i * 7919) % 0x20)).join('');
      expect(analyzeText(garbage).warnings.map((w) => w.code)).toContain('binary_content');
    });

    it('handles pathological repetition', () => {
      for (const text of [
        'a'.repeat(100_000),
        '1'.repeat(100_000),
        '$'.repeat(100_000),
        '. '.repeat(50_000),
        'telegram '.repeat(11_000),
      ]) {
        expect(() => analyzeText(text)).not.toThrow();
      }
    });

    it('throws DetectError only for invalid options or non-string input', () => {
      expect(() => analyzeText('x', { threshold: 2 })).toThrow(DetectError);
      expect(() => analyzeText('x', { maxChars: 0 })).toThrow(DetectError);
      expect(() => analyzeText(42 as unknown as string)).toThrow(DetectError);
    });
  });

  it('is deterministic and carries the catalogue version', () => {
    const text = 'send me your passport photo for the visa, company pays the ticket';
    expect(analyzeText(text)).toEqual(analyzeText(text));
    expect(analyzeText(text).catalogVersion).toMatch(/^catalog-[0-9a-f]{8}$/u);
  });

  it('accepts a custom catalogue', () => {
    const detector = createDetector({
      indicators: [
        {
          id: 'custom.test_phrase',
          weights: { scam: 4 },
          label: { en: 'Test', km: 'តេស្ត' },
          explanation: { en: 'Test', km: 'តេស្ត' },
          phrases: { en: ['purple elephant'] },
          examples: { positive: ['a purple elephant'], negative: ['an elephant'] },
        },
      ],
    });
    expect(detector.analyzeText('A PURPLE elephant!').harms.map((h) => h.type)).toEqual(['scam']);
    expect(harmsOf('A PURPLE elephant!')).toEqual([]);
  });
});
