import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../types.ts';
import { analyzeMessage } from './analyze-message.ts';
import { CATALOG } from '../indicators/catalog/index.ts';
import { conversationCatalog } from './conversation-catalog.ts';
import { CHILD_OFFER_CUES } from './child-offer-cues.ts';
import { FIRST_CONTACT_CUES } from './first-contact-cues.ts';
import { GROOMING_STEP_CUES } from './grooming-step-cues.ts';
import { SIGNAL_CUES } from './signal-cues.ts';
import { CONVERSATION_CUES } from './stage-cues.ts';

const catalog = conversationCatalog(CATALOG);
const ALL = [...CONVERSATION_CUES, ...SIGNAL_CUES, ...GROOMING_STEP_CUES, ...CHILD_OFFER_CUES, ...FIRST_CONTACT_CUES];

describe('conversation cues', () => {
  it('have unique ids and phrasings in all nine languages', () => {
    expect(new Set(ALL.map((cue) => cue.id)).size).toBe(ALL.length);
    for (const cue of ALL) {
      for (const language of LANGUAGES)
        expect(cue.phrases[language]?.length ?? 0, `${cue.id} ${language}`).toBeGreaterThan(0);
    }
  });

  for (const cue of ALL) {
    it(`${cue.id} fires on its positive examples and not on its negative ones`, () => {
      // A warning makes the whole message a quote: it shows as the message's awareness, not as a tag.
      const fires = (text: string): boolean => {
        const analysis = analyzeMessage(catalog, text, 10_000);
        return cue.cue === 'warning_or_news' ? analysis.awareness : analysis.tags.has(cue.cue);
      };
      for (const text of cue.examples.positive) expect(fires(text), text).toBe(true);
      for (const text of cue.examples.negative) expect(fires(text), text).toBe(false);
    });
  }

  it('supply catalogue signals, with evidence in the original text', () => {
    const text = 'ok... I HAVE UR PICS now';
    const analysis = analyzeMessage(catalog, text, 10_000);
    const spans = analysis.tags.get('intimate_image') ?? [];
    expect(spans.map((span) => text.slice(span.start, span.end))).toContain('I HAVE UR PICS');
  });

  it('let an innocent explanation in the same message cancel a picture request', () => {
    expect(analyzeMessage(catalog, 'send me a photo of where you are', 10_000).tags.has('photo_request')).toBe(false);
    expect(analyzeMessage(catalog, 'send me a pic', 10_000).tags.has('photo_request')).toBe(true);
    // Sexual requests are never explained away.
    expect(analyzeMessage(catalog, 'take off your shirt, it is for the homework', 10_000).tags.has('sexual')).toBe(
      true,
    );
  });

  it('does not read a bare "send" as a money demand (the catalogue\'s "send $" normalises to it)', () => {
    expect(analyzeMessage(catalog, 'Get in!! Send me the clip', 10_000).tags.has('payment_demand')).toBe(false);
  });

  it('reads nothing into warnings and news (their lure words are quotes)', () => {
    const text = 'Scam alert: police warn about fake jobs with high pay, free visa and flight to Sihanoukville';
    const analysis = analyzeMessage(catalog, text, 10_000);
    expect(analysis.awareness).toBe(true);
    expect(analysis.tags.size).toBe(0);
  });
});
