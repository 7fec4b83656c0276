import { describe, expect, it } from 'vitest';
import { buildTipRequest } from './build-tip.ts';
import { TIP_TEXT_MAX } from './tip-contract.ts';
import { EMPTY_TIP_FORM } from './tip-form.ts';

const form = (values: Partial<typeof EMPTY_TIP_FORM>) => ({ ...EMPTY_TIP_FORM, ...values });

describe('buildTipRequest', () => {
  it('builds an anonymous tip: trimmed text, no country, no contact', () => {
    expect(buildTipRequest(form({ text: '  A recruiter took her passport.  ' }), 'en', false)).toEqual({
      ok: true,
      request: {
        text: 'A recruiter took her passport.',
        language: 'en',
        country: null,
        attachAnalysis: false,
        contact: null,
      },
    });
  });

  it('keeps only the contact fields the person filled in', () => {
    const built = buildTipRequest(
      form({ text: 'help', country: 'KH', name: ' Dara ', messenger: '@dara_example', phone: '   ' }),
      'km',
      false,
    );
    expect(built).toEqual({
      ok: true,
      request: {
        text: 'help',
        language: 'km',
        country: 'KH',
        attachAnalysis: false,
        contact: { name: 'Dara', messenger: '@dara_example' },
      },
    });
  });

  it('attaches the analysis only when there is one and the person agreed', () => {
    const agreed = form({ text: 'x', attachAnalysis: true });
    expect(buildTipRequest(agreed, 'en', true)).toMatchObject({ ok: true, request: { attachAnalysis: true } });
    expect(buildTipRequest(agreed, 'en', false)).toMatchObject({ ok: true, request: { attachAnalysis: false } });
  });

  it('refuses an empty or whitespace-only text', () => {
    expect(buildTipRequest(form({ text: ' \n\t ' }), 'en', false)).toEqual({
      ok: false,
      problems: [{ field: 'text', code: 'empty' }],
    });
  });

  it('refuses a text over 20,000 characters and says how long it is', () => {
    const built = buildTipRequest(form({ text: 'a'.repeat(TIP_TEXT_MAX + 1) }), 'en', false);
    expect(built).toEqual({
      ok: false,
      problems: [{ field: 'text', code: 'too_long', count: TIP_TEXT_MAX + 1, max: TIP_TEXT_MAX }],
    });
    expect(buildTipRequest(form({ text: 'a'.repeat(TIP_TEXT_MAX) }), 'en', false).ok).toBe(true);
  });

  it('refuses a malformed e-mail address', () => {
    expect(buildTipRequest(form({ text: 'x', email: 'not an address' }), 'en', false)).toEqual({
      ok: false,
      problems: [{ field: 'email', code: 'invalid_email' }],
    });
    expect(buildTipRequest(form({ text: 'x', email: 'dara@example.org' }), 'en', false)).toMatchObject({ ok: true });
  });

  it('drops a country that is not an ISO code instead of sending it', () => {
    expect(buildTipRequest(form({ text: 'x', country: 'Cambodia"; DROP' }), 'en', false)).toMatchObject({
      ok: true,
      request: { country: null },
    });
  });

  it('sends hostile text as text, unchanged (the server and the staff UI escape it)', () => {
    const text = '<script>alert(1)</script> \u202e ‮ \u0000 🙂';
    expect(buildTipRequest(form({ text }), 'en', false)).toMatchObject({ ok: true, request: { text: text.trim() } });
  });

  it('cuts contact fields to 200 characters', () => {
    const built = buildTipRequest(form({ text: 'x', name: 'n'.repeat(1000) }), 'en', false);
    expect(built.ok && built.request.contact?.name?.length).toBe(200);
  });
});
