import { describe, expect, it } from 'vitest';
import { buildCallRequest, emptyCallForm, type CallForm } from './call-request.ts';

const TODAY = '2026-12-01';
const form = (change: Partial<CallForm>): CallForm => ({ ...emptyCallForm(), ...change });

describe('buildCallRequest', () => {
  it('sends a hotline call by default, with the transcript trimmed and nothing else invented', () => {
    expect(buildCallRequest(form({ transcript: '  My sister is kept in a fictional compound  ' }), TODAY)).toEqual({
      ok: true,
      request: {
        kind: 'hotline_call',
        channel: 'hotline',
        callerRelationship: null,
        language: null,
        transcript: 'My sister is kept in a fictional compound',
        contactDetails: null,
        provinceCode: null,
        callDurationSeconds: null,
      },
    });
  });

  it('keeps the chosen fields and turns minutes into seconds', () => {
    const built = buildCallRequest(
      form({
        transcript: 'A job offer',
        kind: 'tip',
        channel: 'walk_in',
        callerRelationship: 'family_member',
        language: 'km',
        provinceCode: '12',
        durationMinutes: '7.5',
      }),
      TODAY,
    );
    expect(built.ok && built.request).toMatchObject({
      kind: 'tip',
      channel: 'walk_in',
      callerRelationship: 'family_member',
      language: 'km',
      provinceCode: '12',
      callDurationSeconds: 450,
    });
  });

  it('keeps contact details only with the caller’s agreement, which is recorded with its date', () => {
    const built = buildCallRequest(
      form({
        transcript: 'Help',
        contactConsent: true,
        contactName: ' Fictional Caller ',
        contactPhone: '+855 10 000 000',
      }),
      TODAY,
    );
    expect(built.ok && built.request.contactDetails).toBe(
      'name: Fictional Caller\nphone: +855 10 000 000\nconsent: agreed on the call to be contacted back (2026-12-01)',
    );
  });

  it('refuses contact details without the agreement rather than dropping them silently', () => {
    expect(buildCallRequest(form({ transcript: 'Help', contactPhone: '+855 10 000 000' }), TODAY)).toEqual({
      ok: false,
      problems: ['contact_without_consent'],
    });
    expect(buildCallRequest(form({ transcript: 'Help', contactConsent: true }), TODAY)).toEqual({
      ok: false,
      problems: ['consent_without_contact'],
    });
  });

  it('names every problem at once: no transcript, too long contact details, a wrong duration', () => {
    expect(
      buildCallRequest(
        form({ transcript: '   ', contactConsent: true, contactOther: 'x'.repeat(480), durationMinutes: 'ten' }),
        TODAY,
      ),
    ).toEqual({ ok: false, problems: ['transcript_missing', 'contact_too_long', 'duration_invalid'] });
    expect(buildCallRequest(form({ transcript: 'x'.repeat(100_001) }), TODAY)).toEqual({
      ok: false,
      problems: ['transcript_too_long'],
    });
    expect(buildCallRequest(form({ transcript: 'ok', durationMinutes: '-1' }), TODAY).ok).toBe(false);
  });
});
