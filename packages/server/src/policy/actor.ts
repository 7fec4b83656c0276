import { z } from 'zod';
import { ROLES } from './roles.ts';

/** The signed-in user as the policy sees them. */
export const actorSchema = z.object({
  userId: z.string().min(1),
  /** A user may hold several roles; a permission held by any of them applies. */
  roles: z.array(z.enum(ROLES)).min(1),
  organisationId: z.string().min(1),
  teamIds: z.array(z.string().min(1)),
});
export type Actor = z.infer<typeof actorSchema>;

/**
 * Who a record belongs to, for scope checks. `recipientOrganisationId` is the organisation a
 * referral is addressed to: actions on received referrals are scoped by it instead of the owner.
 */
export interface ResourceOwnership {
  ownerUserId?: string | null;
  teamId?: string | null;
  organisationId?: string | null;
  recipientOrganisationId?: string | null;
}
