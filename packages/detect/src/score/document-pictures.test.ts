import { describe, expect, it } from 'vitest';
import { createDetector } from '../analyze-text.ts';

const detector = createDetector({ learned: null });

function firedIds(text: string): string[] {
  const analysis = detector.analyzeText(text, { threshold: 0, includeAdvice: false });
  return analysis.harms.flatMap((harm) => harm.indicators.map((indicator) => indicator.id));
}

describe('a request for a photo of a document', () => {
  it('counts as a document request, not as a request for a picture of the person', () => {
    for (const text of [
      'Send me a photo of your passport so I can book your flight.',
      'ကားခ လွှဲပေးလိုက်ပြီ။ မှတ်ပုံတင် ဓာတ်ပုံ ပို့ပေး',
    ]) {
      const ids = firedIds(text);
      expect(ids, text).toContain('recruitment.document_request');
      expect(ids, text).not.toContain('grooming.photo_request');
      expect(ids, text).not.toContain('predatory_loan.picture_request');
    }
  });

  it('leaves a request for a picture of the person as it was', () => {
    expect(firedIds('send me a photo of you tonight')).toContain('grooming.photo_request');
    for (const text of [
      'send me a photo, and a photo of your passport for the ticket',
      'send me a photo of you and a photo of your passport',
    ]) {
      expect(firedIds(text), text).toEqual(
        expect.arrayContaining(['recruitment.document_request', 'grooming.photo_request']),
      );
    }
  });

  it('no longer makes a trip booked with a passport photo read as grooming pictures kept secret', () => {
    const withDocument = detector.analyzeText(
      "You're 15 right? Send me a photo of your passport so I can book your ticket. Don't tell your mum yet",
      { includeAdvice: false },
    );
    const withPicture = detector.analyzeText("You're 15 right? Send me a photo of you. Don't tell your mum", {
      includeAdvice: false,
    });
    expect(withDocument.scores.grooming).toBeLessThan(withPicture.scores.grooming);
  });
});
