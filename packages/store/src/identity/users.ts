import { sql } from 'kysely';
import { z } from 'zod';
import { StoreError, notFound } from '../errors.ts';
import type { StoreContext } from '../records/store-context.ts';
import {
  decodeRecord,
  findRecord,
  getRecord,
  insertRecord,
  listRecords,
  updateRecord,
  type BaseRecord,
  type TableSpec,
} from '../records/versioned-record.ts';
import { actorSchema, boundedText, expectedVersion, id, nameText, type Actor } from '../validation/fields.ts';
import { parseInput } from '../validation/parse-input.ts';

export const roles = [
  'system_admin',
  'org_admin',
  'supervisor',
  'case_worker',
  'hotline_operator',
  'investigator',
  'referral_recipient',
  'analyst',
] as const;
export type Role = (typeof roles)[number];

/** A user as the rest of the system sees it: no password hash, no TOTP secret. */
export interface UserRecord extends BaseRecord {
  readonly login: string;
  readonly displayName: string;
  readonly organisationId: string;
  readonly teamId: string | null;
  readonly roles: Role[];
  readonly failedLoginCount: number;
  readonly lockedUntil: string | null;
  readonly hasTotp: boolean;
  readonly disabled: boolean;
  readonly lastLoginAt: string | null;
  /** The account has a temporary password (given by an administrator): it must choose its own first. */
  readonly mustChangePassword: boolean;
}

/** What the server needs to check a login; only `getCredentials` returns it. */
export interface UserCredentials {
  readonly user: UserRecord;
  readonly passwordHash: string;
  readonly totpSecret: string | null;
}

const userSpec: TableSpec = {
  entity: 'user',
  table: 'users',
  fields: {
    login: 'plain',
    displayName: 'plain',
    organisationId: 'plain',
    teamId: 'plain',
    roles: 'plain',
    passwordHash: 'plain',
    failedLoginCount: 'plain',
    lockedUntil: 'plain',
    totpSecret: 'encrypted',
    disabled: 'plain',
    lastLoginAt: 'plain',
    mustChangePassword: 'plain',
  },
};

type StoredUser = Omit<UserRecord, 'hasTotp'> & { passwordHash: string; totpSecret: string | null };

function toUserRecord(stored: StoredUser): UserRecord {
  const rest: Partial<StoredUser> = { ...stored };
  delete rest.passwordHash;
  delete rest.totpSecret;
  return { ...(rest as Omit<StoredUser, 'passwordHash' | 'totpSecret'>), hasTotp: stored.totpSecret !== null };
}

const login = z
  .string()
  .min(3, 'must have at least 3 characters')
  .max(100, 'must have at most 100 characters')
  .regex(/^[\w.@-]+$/u, 'may contain only letters, digits and . _ @ -');
const passwordHash = z
  .string()
  .max(500)
  .regex(/^\$argon2id\$/u, 'must be an argon2id hash (the server hashes passwords)');
const roleList = z.array(z.enum(roles)).min(1, 'needs at least one role').max(roles.length);

const createUserSchema = z
  .object({
    login,
    displayName: nameText,
    organisationId: id,
    teamId: id.nullable().optional(),
    roles: roleList,
    passwordHash,
    disabled: z.boolean().optional(),
    mustChangePassword: z.boolean().optional(),
  })
  .strict();
const patchUserSchema = z
  .object({
    displayName: nameText,
    teamId: id.nullable(),
    roles: roleList,
    disabled: z.boolean(),
    passwordHash,
    totpSecret: boundedText(200, 16).nullable(),
    mustChangePassword: z.boolean(),
  })
  .partial()
  .strict();

/** An RFC 6238 time step: whole 30-second periods since 1970 (about 59 million in 2026). */
const totpStep = z.number().int('must be a whole number').min(0).max(Number.MAX_SAFE_INTEGER);

const loginPolicySchema = z
  .object({ lockAfterFailures: z.number().int().min(1).max(100), lockMinutes: z.number().int().min(1).max(10_000) })
  .strict();

export function createUserRepository(ctx: StoreContext) {
  const get = async (userId: string): Promise<UserRecord> =>
    toUserRecord(await getRecord<StoredUser>(ctx, userSpec, parseInput(id, userId, 'user id')));

  return {
    async create(input: z.input<typeof createUserSchema>, actor: Actor): Promise<UserRecord> {
      const values = parseInput(createUserSchema, input, 'user');
      const existing = await ctx.db
        .selectFrom('users')
        .select('id')
        .where(sql`lower(login)`, '=', values.login.toLowerCase())
        .executeTakeFirst();
      if (existing) throw new StoreError('conflict', `the login ${values.login} is taken`, { field: 'login' });
      return toUserRecord(
        await insertRecord<StoredUser>(ctx, userSpec, values, parseInput(actorSchema, actor, 'actor')),
      );
    },
    get,
    async update(
      userId: string,
      version: number,
      patch: z.input<typeof patchUserSchema>,
      actor: Actor,
    ): Promise<UserRecord> {
      return toUserRecord(
        await updateRecord<StoredUser>(
          ctx,
          userSpec,
          parseInput(id, userId, 'user id'),
          parseInput(expectedVersion, version, 'expected version'),
          parseInput(patchUserSchema, patch, 'user change'),
          parseInput(actorSchema, actor, 'actor'),
        ),
      );
    },
    /** Lifts a lockout (failed sign-ins) before it expires; recorded in the user's history. */
    async unlock(userId: string, version: number, actor: Actor): Promise<UserRecord> {
      return toUserRecord(
        await updateRecord<StoredUser>(
          ctx,
          userSpec,
          parseInput(id, userId, 'user id'),
          parseInput(expectedVersion, version, 'expected version'),
          { failedLoginCount: 0, lockedUntil: null },
          parseInput(actorSchema, actor, 'actor'),
        ),
      );
    },
    async list(filter: { organisationId?: string; teamId?: string } = {}): Promise<UserRecord[]> {
      const f = parseInput(
        z.object({ organisationId: id.optional(), teamId: id.optional() }).strict(),
        filter,
        'filter',
      );
      const users = await listRecords<StoredUser>(ctx, userSpec, (query) => {
        let q = query;
        if (f.organisationId) q = q.where('organisation_id', '=', f.organisationId);
        if (f.teamId) q = q.where('team_id', '=', f.teamId);
        return q.orderBy('login');
      });
      return users.map(toUserRecord);
    },
    /** The user and the secrets needed to check a login (case-insensitive login), or undefined. */
    async getCredentials(userLogin: string): Promise<UserCredentials | undefined> {
      const parsed = login.safeParse(userLogin);
      if (!parsed.success) return undefined;
      const row = (await ctx.db
        .selectFrom('users')
        .selectAll()
        .where(sql`lower(login)`, '=', parsed.data.toLowerCase())
        .executeTakeFirst()) as Record<string, unknown> | undefined;
      if (!row) return undefined;
      const stored = decodeRecord<StoredUser>(ctx, userSpec, row);
      return { user: toUserRecord(stored), passwordHash: stored.passwordHash, totpSecret: stored.totpSecret };
    },
    /** Counts a failed login atomically; locks the account for `lockMinutes` once the count reaches the limit. */
    async recordFailedLogin(userId: string, policy: z.input<typeof loginPolicySchema>): Promise<UserRecord> {
      const p = parseInput(loginPolicySchema, policy, 'login policy');
      const result = await ctx.db
        .updateTable('users')
        .set({
          failed_login_count: sql`failed_login_count + 1`,
          locked_until: sql`CASE WHEN failed_login_count + 1 >= ${p.lockAfterFailures}
            THEN now() + make_interval(mins => ${p.lockMinutes}) ELSE locked_until END`,
        })
        .where('id', '=', parseInput(id, userId, 'user id'))
        .executeTakeFirst();
      if (result.numUpdatedRows === 0n) throw notFound('user', userId);
      return get(userId);
    },
    async recordSuccessfulLogin(userId: string): Promise<UserRecord> {
      const result = await ctx.db
        .updateTable('users')
        .set({ failed_login_count: 0, locked_until: null, last_login_at: sql`now()` })
        .where('id', '=', parseInput(id, userId, 'user id'))
        .executeTakeFirst();
      if (result.numUpdatedRows === 0n) throw notFound('user', userId);
      return get(userId);
    },
    /**
     * TOTP replay protection: records `step` (the RFC 6238 time step of a code just verified) as the
     * user's last accepted step, only if it is later than the one stored, in one atomic UPDATE.
     * Returns false, changing nothing, when that step (or a later one) was accepted already: the
     * code is being replayed and must be refused. Throws `not_found` for an unknown user.
     */
    async recordTotpStep(userId: string, step: number): Promise<boolean> {
      const target = parseInput(id, userId, 'user id');
      const accepted = parseInput(totpStep, step, 'TOTP time step');
      const result = await ctx.db
        .updateTable('users')
        .set({ totp_last_step: accepted })
        .where('id', '=', target)
        .where((eb) => eb.or([eb('totp_last_step', 'is', null), eb('totp_last_step', '<', accepted)]))
        .executeTakeFirst();
      if (result.numUpdatedRows > 0n) return true;
      if (!(await findRecord(ctx, userSpec, target))) throw notFound('user', userId);
      return false;
    },
    async exists(userId: string): Promise<boolean> {
      return (await findRecord(ctx, userSpec, parseInput(id, userId, 'user id'))) !== undefined;
    },
  };
}
