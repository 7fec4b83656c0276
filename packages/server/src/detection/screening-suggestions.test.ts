import { childIndicators, iloForcedLabourIndicators } from '@raksa/store';
import { describe, expect, it } from 'vitest';
import { sharedDetector } from './detector.ts';
import { SCREENING_HINTS } from './screening-hints.ts';
import { suggestScreeningIndicators, SUGGESTION_LIMITS } from './screening-suggestions.ts';

const note = (text: string, sourceId = 'note-1') => ({ source: 'note' as const, sourceId, text });

describe('screening suggestions from a case’s texts', () => {
  const detector = sharedDetector();

  it('points a victim’s account to the ILO indicators it describes, with the words that fired each', () => {
    const hints = suggestScreeningIndicators(detector, [
      note(
        'They took my passport and we are not allowed to leave the compound. The boss beat me when I missed the target.',
      ),
    ]);
    const byIndicator = new Map(hints.map((hint) => [hint.indicator, hint.evidence]));
    expect([...byIndicator.keys()]).toEqual(
      expect.arrayContaining([
        'retention_of_identity_documents',
        'restriction_of_movement',
        'physical_and_sexual_violence',
      ]),
    );
    const passport = byIndicator.get('retention_of_identity_documents')?.[0];
    expect(passport).toMatchObject({ source: 'note', sourceId: 'note-1', engineIndicator: 'distress.passport_taken' });
    expect(passport?.excerpt).toContain('passport');
  });

  it('reads Khmer accounts too', () => {
    const hints = suggestScreeningIndicators(detector, [note('ពួកគេយកលិខិតឆ្លងដែនរបស់ខ្ញុំ ហើយមិនអោយចេញទេ')]);
    expect(hints.map((hint) => hint.indicator)).toContain('retention_of_identity_documents');
  });

  it('suggests nothing for an ordinary case note, an empty one or a lure alone', () => {
    expect(
      suggestScreeningIndicators(detector, [note('Met her at the market; she is well and back at school.')]),
    ).toEqual([]);
    expect(suggestScreeningIndicators(detector, [note(''), note('   \n ')])).toEqual([]);
    // A job ad's promises are lures, not something done to this victim.
    expect(
      suggestScreeningIndicators(detector, [
        note('Easy typing job in Sihanoukville, $1500 per month, free visa and flight'),
      ]),
    ).toEqual([]);
  });

  it('keeps excerpts short and evidence bounded, even for a huge, repetitive text', () => {
    const text = 'They took my passport. '.repeat(20_000);
    const hints = suggestScreeningIndicators(detector, [note(text), note(text, 'note-2')]);
    for (const hint of hints) {
      expect(hint.evidence.length).toBeLessThanOrEqual(SUGGESTION_LIMITS.maxEvidencePerIndicator);
      for (const evidence of hint.evidence) expect(evidence.excerpt.length).toBeLessThanOrEqual(200);
    }
  });

  it('maps only to screening indicators the store knows, and only from engine indicators the catalogue has', () => {
    const known = new Set<string>([...iloForcedLabourIndicators, ...childIndicators]);
    const engineIds = new Set(detector.catalog.indicators.map((indicator) => indicator.id));
    for (const [engineId, indicators] of Object.entries(SCREENING_HINTS)) {
      expect(engineIds.has(engineId), engineId).toBe(true);
      for (const indicator of indicators) expect(known.has(indicator), `${engineId} → ${indicator}`).toBe(true);
    }
  });
});
