import { z } from 'zod';
import { ApiError } from '../errors.ts';
import type { Actor, ResourceOwnership } from './actor.ts';
import { can } from './can.ts';

/** A consent-less referral or export is allowed only with a reason a reviewer can read later. */
export const consentOverrideSchema = z.object({
  reason: z.string().trim().min(10, 'Give the reason for the override in at least 10 characters.').max(2000),
});
export type ConsentOverride = z.infer<typeof consentOverrideSchema>;

export type ConsentDecision =
  { allowed: true; basis: 'consent' } | { allowed: true; basis: 'override'; reason: string };

/**
 * Referrals and exports need the person's recorded consent. Without it, a role holding
 * `consent.override` over the record may go ahead by giving a reason; the caller must audit the
 * decision (its `basis` and `reason`). Everyone else is refused with `consent_required`.
 */
export function decideDisclosure(
  actor: Actor,
  record: ResourceOwnership,
  hasConsent: boolean,
  override: ConsentOverride | undefined,
): ConsentDecision {
  if (hasConsent) return { allowed: true, basis: 'consent' };
  if (override === undefined) {
    throw new ApiError('consent_required', 'The person has not consented to this disclosure.');
  }
  if (!can(actor, 'consent.override', record)) {
    throw new ApiError('consent_required', 'The person has not consented, and your role may not override that.');
  }
  return { allowed: true, basis: 'override', reason: override.reason };
}
