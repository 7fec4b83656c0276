import { describe, expect, it } from 'vitest';
import { ApiError } from '../errors.ts';
import type { Actor } from './actor.ts';
import { consentOverrideSchema, decideDisclosure } from './consent-gate.ts';

const RECORD = { organisationId: 'org-1', teamId: 'team-1', ownerUserId: 'user-2' };
const actor = (role: Actor['roles'][number]): Actor => ({
  userId: 'user-1',
  roles: [role],
  organisationId: 'org-1',
  teamIds: ['team-1'],
});
const REASON = { reason: 'Life-threatening: the girl is held in a compound tonight and cannot be asked.' };

function refusalCode(run: () => unknown): string | undefined {
  try {
    run();
    return undefined;
  } catch (error) {
    return error instanceof ApiError ? error.code : 'not an ApiError';
  }
}

describe('disclosure without consent', () => {
  it('is allowed with recorded consent, for any role', () => {
    expect(decideDisclosure(actor('case_worker'), RECORD, true, undefined)).toEqual({
      allowed: true,
      basis: 'consent',
    });
  });

  it('is refused without consent and without an override', () => {
    expect(refusalCode(() => decideDisclosure(actor('supervisor'), RECORD, false, undefined))).toBe('consent_required');
  });

  it('is refused to a case worker even with a reason', () => {
    expect(refusalCode(() => decideDisclosure(actor('case_worker'), RECORD, false, REASON))).toBe('consent_required');
  });

  it('is allowed to a supervisor of the team and an organisation administrator with a reason', () => {
    for (const role of ['supervisor', 'org_admin'] as const) {
      expect(decideDisclosure(actor(role), RECORD, false, REASON)).toEqual({
        allowed: true,
        basis: 'override',
        reason: REASON.reason,
      });
    }
  });

  it('is refused to a supervisor outside the record’s organisation', () => {
    const elsewhere = { ...RECORD, organisationId: 'org-2' };
    expect(refusalCode(() => decideDisclosure(actor('supervisor'), elsewhere, false, REASON))).toBe('consent_required');
  });

  it('needs a reason of substance', () => {
    expect(consentOverrideSchema.safeParse({ reason: '   urgent   ' }).success).toBe(false);
    expect(consentOverrideSchema.safeParse({ reason: 'x'.repeat(2001) }).success).toBe(false);
    expect(consentOverrideSchema.safeParse(REASON).success).toBe(true);
  });
});
