import { roles as storeRoles, type Store, type UserRecord } from '@raksa/store';
import { z } from 'zod';
import { defineRoute, type AnyRoute } from '../api/route-definition.ts';
import { expectedVersion, idParams } from '../api/schemas/common.ts';
import { hashPassword } from '../auth/password-hashing.ts';
import { newTemporaryPassword } from '../auth/temporary-password.ts';
import { ApiError } from '../errors.ts';
import type { Actor } from '../policy/actor.ts';
import { authorizeRecord, storeActor } from '../policy/authorize.ts';
import { scopeOf } from '../policy/can.ts';
import { ROLES, type Role } from '../policy/roles.ts';
import type { RouteContext } from './route-context.ts';

/** A user as administrators see it: no password hash, no TOTP secret (the store never returns them here). */
export const userSchema = z.object({
  id: z.string(),
  version: z.number().int(),
  login: z.string(),
  displayName: z.string(),
  organisationId: z.string(),
  teamId: z.string().nullable(),
  roles: z.array(z.enum(ROLES)),
  failedLoginCount: z.number().int(),
  lockedUntil: z.string().nullable(),
  hasTotp: z.boolean(),
  disabled: z.boolean(),
  lastLoginAt: z.string().nullable(),
  /** Signed in with a temporary password: must choose a new one before doing anything else. */
  mustChangePassword: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

const withTemporaryPassword = z.object({
  user: userSchema,
  /** Shown once: hand it to the user, who should change it at first sign-in. */
  temporaryPassword: z.string(),
});

const roleList = z
  .array(z.enum(storeRoles))
  .min(1)
  .max(storeRoles.length)
  .refine((list) => new Set(list).size === list.length, 'must not repeat a role');

const userView = (user: UserRecord): z.infer<typeof userSchema> => ({
  id: user.id,
  version: user.version,
  login: user.login,
  displayName: user.displayName,
  organisationId: user.organisationId,
  teamId: user.teamId,
  roles: [...user.roles],
  failedLoginCount: user.failedLoginCount,
  lockedUntil: user.lockedUntil,
  hasTotp: user.hasTotp,
  disabled: user.disabled,
  lastLoginAt: user.lastLoginAt,
  mustChangePassword: user.mustChangePassword,
  createdAt: user.createdAt,
  updatedAt: user.updatedAt,
});

/**
 * User administration. A system administrator manages every organisation's users; an
 * organisation administrator only its own organisation's, and may neither grant `system_admin`
 * nor change a system administrator's account. No one disables themselves or takes away their own
 * right to manage users (the last administrator would lock everyone out). Every change is audited.
 */
export function userAdminRoutes(context: RouteContext, store: Store): AnyRoute[] {
  const mayAdministerEverything = (actor: Actor) => scopeOf(actor, 'user.manage') === 'all';

  const refuseEscalation = (actor: Actor, granted: readonly Role[] | undefined, target?: UserRecord) => {
    if (mayAdministerEverything(actor)) return;
    if (granted?.includes('system_admin') === true || target?.roles.includes('system_admin') === true) {
      throw new ApiError('forbidden', 'Only a system administrator manages system administrators.');
    }
  };

  /** A team must belong to the user's organisation. */
  const checkTeam = async (organisationId: string, teamId: string | null | undefined) => {
    if (teamId == null) return;
    const teams = await store.teams.listForOrganisation(organisationId);
    if (!teams.some((team) => team.id === teamId)) {
      throw new ApiError('validation_failed', 'The team is not one of the user’s organisation.', {
        details: { issues: [{ path: 'body.teamId', message: 'not a team of this organisation' }] },
      });
    }
  };

  const loadUser = async (actor: Actor, userId: string) => {
    const user = await store.users.get(userId);
    authorizeRecord(actor, 'user.manage', { organisationId: user.organisationId });
    return user;
  };

  const list = defineRoute({
    method: 'get',
    path: '/api/users',
    summary: 'Users of the organisation (or of any organisation, for a system administrator), by login',
    tags: ['users'],
    access: 'user.manage',
    query: z.strictObject({ organisationId: z.uuid().optional(), teamId: z.uuid().optional() }),
    response: { status: 200, description: 'The users', schema: z.object({ items: z.array(userSchema) }) },
    handler: async ({ query, actor }) => {
      const organisationId = mayAdministerEverything(actor!) ? query.organisationId : actor!.organisationId;
      if (query.organisationId !== undefined && query.organisationId !== organisationId) {
        throw new ApiError('forbidden', 'You administer only your own organisation’s users.');
      }
      const users = await store.users.list({
        ...(organisationId === undefined ? {} : { organisationId }),
        ...(query.teamId === undefined ? {} : { teamId: query.teamId }),
      });
      return { items: users.map(userView) };
    },
  });

  const create = defineRoute({
    method: 'post',
    path: '/api/users',
    summary: 'Create a user with roles and a team; answers a temporary password, shown once',
    tags: ['users'],
    access: 'user.manage',
    body: z.strictObject({
      login: z
        .string()
        .min(3)
        .max(100)
        .regex(/^[\w.@-]+$/u, 'Letters, digits and . _ @ - only.'),
      displayName: z.string().trim().min(1).max(200),
      organisationId: z.uuid().optional(),
      teamId: z.uuid().nullable().optional(),
      roles: roleList,
    }),
    response: { status: 201, description: 'The user and their temporary password', schema: withTemporaryPassword },
    handler: async ({ body, actor, c }) => {
      const organisationId = body.organisationId ?? actor!.organisationId;
      authorizeRecord(actor!, 'user.manage', { organisationId });
      refuseEscalation(actor!, body.roles);
      await store.organisations.get(organisationId);
      await checkTeam(organisationId, body.teamId);
      const temporaryPassword = newTemporaryPassword();
      const user = await store.users.create(
        {
          login: body.login,
          displayName: body.displayName,
          organisationId,
          teamId: body.teamId ?? null,
          roles: body.roles,
          passwordHash: await hashPassword(temporaryPassword),
          mustChangePassword: true,
        },
        storeActor(actor),
      );
      await context.audit(c, {
        action: 'user.manage',
        recordType: 'users',
        recordId: user.id,
        outcome: 'allowed',
        code: 'user_created',
      });
      return { user: userView(user), temporaryPassword };
    },
  });

  const update = defineRoute({
    method: 'patch',
    path: '/api/users/{id}',
    summary: 'Change a user’s name, team or roles, or disable/enable the account (disabling ends its sessions)',
    tags: ['users'],
    access: 'user.manage',
    params: idParams,
    body: z.strictObject({
      version: expectedVersion,
      displayName: z.string().trim().min(1).max(200).optional(),
      teamId: z.uuid().nullable().optional(),
      roles: roleList.optional(),
      disabled: z.boolean().optional(),
    }),
    response: { status: 200, description: 'The user after the change', schema: userSchema },
    handler: async ({ params, body, actor, c }) => {
      const target = await loadUser(actor!, params.id);
      refuseEscalation(actor!, body.roles, target);
      if (target.id === actor!.userId) {
        const losesAdministration =
          body.roles !== undefined && !body.roles.some((role) => role === 'system_admin' || role === 'org_admin');
        if (body.disabled === true || losesAdministration) {
          throw new ApiError('conflict', 'You cannot disable your own account or take away your own administration.');
        }
      }
      await checkTeam(target.organisationId, body.teamId);
      const { version, ...patch } = body;
      const updated = await store.users.update(target.id, version, patch, storeActor(actor));
      if (body.disabled === true) await store.sessions.deleteForUser(target.id);
      await context.audit(c, {
        action: 'user.manage',
        recordType: 'users',
        recordId: target.id,
        outcome: 'allowed',
        code: body.disabled === true ? 'user_disabled' : 'user_changed',
      });
      return userView(updated);
    },
  });

  const resetPassword = defineRoute({
    method: 'post',
    path: '/api/users/{id}/password-reset',
    summary: 'Give a user a new temporary password (shown once); ends their sessions, optionally removes their TOTP',
    tags: ['users'],
    access: 'user.manage',
    params: idParams,
    body: z.strictObject({ version: expectedVersion, removeTotp: z.boolean().optional() }),
    response: { status: 200, description: 'The user and their temporary password', schema: withTemporaryPassword },
    handler: async ({ params, body, actor, c }) => {
      const target = await loadUser(actor!, params.id);
      refuseEscalation(actor!, undefined, target);
      const temporaryPassword = newTemporaryPassword();
      const updated = await store.users.update(
        target.id,
        body.version,
        {
          passwordHash: await hashPassword(temporaryPassword),
          mustChangePassword: true,
          ...(body.removeTotp === true ? { totpSecret: null } : {}),
        },
        storeActor(actor),
      );
      await store.sessions.deleteForUser(target.id);
      await context.audit(c, {
        action: 'user.manage',
        recordType: 'users',
        recordId: target.id,
        outcome: 'allowed',
        code: body.removeTotp === true ? 'password_reset_totp_removed' : 'password_reset',
      });
      return { user: userView(updated), temporaryPassword };
    },
  });

  const unlock = defineRoute({
    method: 'post',
    path: '/api/users/{id}/unlock',
    summary: 'Lift a lockout after repeated failed sign-ins, before it expires (send the version you read)',
    tags: ['users'],
    access: 'user.manage',
    params: idParams,
    body: z.strictObject({ version: expectedVersion }),
    response: { status: 200, description: 'The user, unlocked', schema: userSchema },
    handler: async ({ params, body, actor, c }) => {
      const target = await loadUser(actor!, params.id);
      refuseEscalation(actor!, undefined, target);
      const updated = await store.users.unlock(target.id, body.version, storeActor(actor));
      await context.audit(c, {
        action: 'user.manage',
        recordType: 'users',
        recordId: target.id,
        outcome: 'allowed',
        code: 'user_unlocked',
      });
      return userView(updated);
    },
  });

  const colleagues = defineRoute({
    method: 'get',
    path: '/api/colleagues',
    summary: 'The active users of the caller’s organisation (id, name, team, roles): for assigning cases and tasks',
    tags: ['users'],
    access: 'session',
    response: {
      status: 200,
      description: 'The colleagues',
      schema: z.object({
        items: z.array(
          z.object({
            id: z.string(),
            displayName: z.string(),
            teamId: z.string().nullable(),
            roles: z.array(z.string()),
          }),
        ),
      }),
    },
    handler: async ({ actor }) => ({
      items: (await store.users.list({ organisationId: actor!.organisationId }))
        .filter((user) => !user.disabled)
        .map((user) => ({ id: user.id, displayName: user.displayName, teamId: user.teamId, roles: [...user.roles] })),
    }),
  });

  return [list, create, update, resetPassword, unlock, colleagues];
}
