import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import { z } from 'zod';
import type { StoreContext } from '../records/store-context.ts';
import { boundedText, id, isoDateTime } from '../validation/fields.ts';
import { parseInput } from '../validation/parse-input.ts';

/** Sessions keep only the SHA-256 of the token the browser holds. */
export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export interface SessionRecord {
  readonly tokenHash: string;
  readonly userId: string;
  readonly createdAt: string;
  readonly expiresAt: string;
  readonly lastSeenAt: string;
  readonly ip: string | null;
  readonly secondFactorDone: boolean;
}

const tokenHash = z.string().regex(/^[0-9a-f]{64}$/u, 'must be a SHA-256 hex digest');
const createSessionSchema = z
  .object({
    tokenHash,
    userId: id,
    expiresAt: isoDateTime,
    ip: boundedText(100).nullable().optional(),
    secondFactorDone: z.boolean().optional(),
  })
  .strict();

function toSession(row: Record<string, unknown>): SessionRecord {
  return {
    tokenHash: String(row['token_hash']),
    userId: String(row['user_id']),
    createdAt: String(row['created_at']),
    expiresAt: String(row['expires_at']),
    lastSeenAt: String(row['last_seen_at']),
    ip: (row['ip'] as string | null) ?? null,
    secondFactorDone: row['second_factor_done'] === true,
  };
}

export function createSessionRepository(ctx: StoreContext) {
  return {
    async create(input: z.input<typeof createSessionSchema>): Promise<SessionRecord> {
      const s = parseInput(createSessionSchema, input, 'session');
      const row = (await ctx.db
        .insertInto('sessions')
        .values({
          token_hash: s.tokenHash,
          user_id: s.userId,
          expires_at: s.expiresAt,
          ip: s.ip ?? null,
          second_factor_done: s.secondFactorDone ?? false,
        })
        .returningAll()
        .executeTakeFirstOrThrow()) as Record<string, unknown>;
      return toSession(row);
    },
    /** The session if it exists and has not expired. */
    async findActive(hash: string): Promise<SessionRecord | undefined> {
      const parsed = tokenHash.safeParse(hash);
      if (!parsed.success) return undefined;
      const row = (await ctx.db
        .selectFrom('sessions')
        .selectAll()
        .where('token_hash', '=', parsed.data)
        .where('expires_at', '>', sql<string>`now()`)
        .executeTakeFirst()) as Record<string, unknown> | undefined;
      return row ? toSession(row) : undefined;
    },
    async touch(hash: string, changes: { expiresAt?: string; secondFactorDone?: boolean } = {}): Promise<void> {
      const c = parseInput(
        z.object({ expiresAt: isoDateTime.optional(), secondFactorDone: z.boolean().optional() }).strict(),
        changes,
        'session change',
      );
      await ctx.db
        .updateTable('sessions')
        .set({
          last_seen_at: sql`now()`,
          ...(c.expiresAt ? { expires_at: c.expiresAt } : {}),
          ...(c.secondFactorDone !== undefined ? { second_factor_done: c.secondFactorDone } : {}),
        })
        .where('token_hash', '=', parseInput(tokenHash, hash, 'token hash'))
        .execute();
    },
    async delete(hash: string): Promise<boolean> {
      const result = await ctx.db
        .deleteFrom('sessions')
        .where('token_hash', '=', parseInput(tokenHash, hash, 'token hash'))
        .executeTakeFirst();
      return result.numDeletedRows > 0n;
    },
    async deleteForUser(userId: string): Promise<number> {
      const result = await ctx.db
        .deleteFrom('sessions')
        .where('user_id', '=', parseInput(id, userId, 'user id'))
        .executeTakeFirst();
      return Number(result.numDeletedRows);
    },
    async deleteExpired(): Promise<number> {
      const result = await ctx.db
        .deleteFrom('sessions')
        .where('expires_at', '<=', sql<string>`now()`)
        .executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}
