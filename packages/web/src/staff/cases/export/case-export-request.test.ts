import { describe, expect, it } from 'vitest';
import { EMPTY_EXPORT_FORM, exportAccessOf, exportBodyFrom, exportFormFromListFilters } from './case-export-request.ts';

describe(exportAccessOf.name, () => {
  it('offers the export only with export.csv, and the override only with consent.override too', () => {
    expect(exportAccessOf({ permissions: { 'case.read': 'own' } })).toEqual({ mayExport: false, mayOverride: false });
    expect(exportAccessOf({ permissions: { 'consent.override': 'team' } })).toEqual({
      mayExport: false,
      mayOverride: false,
    });
    expect(exportAccessOf({ permissions: { 'export.csv': 'team' } })).toEqual({ mayExport: true, mayOverride: false });
    expect(exportAccessOf({ permissions: { 'export.csv': 'team', 'consent.override': 'team' } })).toEqual({
      mayExport: true,
      mayOverride: true,
    });
  });
});

describe(exportFormFromListFilters.name, () => {
  it('starts from the case list’s open/closed choice and province', () => {
    expect(exportFormFromListFilters({ open: '', province: '' })).toEqual(EMPTY_EXPORT_FORM);
    expect(exportFormFromListFilters({ open: 'true', province: '12' })).toMatchObject({
      which: 'open',
      province: '12',
    });
    expect(exportFormFromListFilters({ open: 'false', province: '' })).toMatchObject({ which: 'closed' });
  });
});

describe(exportBodyFrom.name, () => {
  it('sends only what is chosen', () => {
    expect(exportBodyFrom(EMPTY_EXPORT_FORM, true)).toEqual({ body: {} });
    expect(exportBodyFrom({ ...EMPTY_EXPORT_FORM, which: 'open', province: '12' }, false)).toEqual({
      body: { open: true, province: '12' },
    });
    expect(exportBodyFrom({ ...EMPTY_EXPORT_FORM, which: 'closed' }, false)).toEqual({ body: { open: false } });
  });

  it('sends the override with the trimmed reason', () => {
    const form = { ...EMPTY_EXPORT_FORM, includeWithoutConsent: true, reason: '  Fictional court order 12/2026  ' };
    expect(exportBodyFrom(form, true)).toEqual({
      body: { consentOverride: { reason: 'Fictional court order 12/2026' } },
    });
  });

  it('refuses a reason shorter than 10 characters once trimmed, or longer than 2000', () => {
    const form = { ...EMPTY_EXPORT_FORM, includeWithoutConsent: true };
    expect(exportBodyFrom({ ...form, reason: '' }, true)).toEqual({ problems: ['reason_too_short'] });
    expect(exportBodyFrom({ ...form, reason: '   too short   ' }, true)).toEqual({ problems: ['reason_too_short'] });
    expect(exportBodyFrom({ ...form, reason: '0123456789' }, true)).toEqual({
      body: { consentOverride: { reason: '0123456789' } },
    });
    expect(exportBodyFrom({ ...form, reason: 'x'.repeat(2001) }, true)).toEqual({ problems: ['reason_too_long'] });
  });

  it('never sends an override for a role that may not override', () => {
    expect(exportBodyFrom({ ...EMPTY_EXPORT_FORM, includeWithoutConsent: true, reason: '' }, false)).toEqual({
      body: {},
    });
  });
});
