import { z } from 'zod';
import type { StoreContext } from '../records/store-context.ts';
import { boundedText, id, isoDateTime, pageSchema } from '../validation/fields.ts';
import { parseInput } from '../validation/parse-input.ts';

export const auditOutcomes = ['success', 'denied', 'failed', 'error'] as const;

const auditEntryInputSchema = z.object({
  actorUserId: id.nullable(),
  action: boundedText(100, 1),
  entity: boundedText(100, 1),
  entityId: boundedText(200).nullable().default(null),
  outcome: z.enum(auditOutcomes),
  origin: boundedText(500).nullable().default(null),
  ip: boundedText(100).nullable().default(null),
  requestId: boundedText(200).nullable().default(null),
  /** Ids, codes and counts only: never personal data or message text. */
  details: z
    .record(z.string().max(100), z.union([z.string().max(500), z.number(), z.boolean(), z.null()]))
    .refine((value) => Object.keys(value).length <= 50, 'at most 50 details')
    .default({}),
});
export type AuditEntryInput = z.input<typeof auditEntryInputSchema>;

export interface AuditEntry {
  readonly id: number;
  readonly occurredAt: string;
  readonly actorUserId: string | null;
  readonly action: string;
  readonly entity: string;
  readonly entityId: string | null;
  readonly outcome: (typeof auditOutcomes)[number];
  readonly origin: string | null;
  readonly ip: string | null;
  readonly requestId: string | null;
  readonly details: Record<string, string | number | boolean | null>;
}

const auditQuerySchema = z.object({
  entity: z.string().max(100).optional(),
  entityId: z.string().max(200).optional(),
  actorUserId: id.optional(),
  /** Only entries of users of this organisation (anonymous requests have no organisation). */
  actorOrganisationId: id.optional(),
  action: z.string().max(100).optional(),
  outcome: z.string().max(50).optional(),
  from: isoDateTime.optional(),
  to: isoDateTime.optional(),
  page: pageSchema,
});

function toAuditEntry(row: Record<string, unknown>): AuditEntry {
  return {
    id: Number(row['id']),
    occurredAt: String(row['occurred_at']),
    actorUserId: (row['actor_user_id'] as string | null) ?? null,
    action: String(row['action']),
    entity: String(row['entity']),
    entityId: (row['entity_id'] as string | null) ?? null,
    outcome: row['outcome'] as AuditEntry['outcome'],
    origin: (row['origin'] as string | null) ?? null,
    ip: (row['ip'] as string | null) ?? null,
    requestId: (row['request_id'] as string | null) ?? null,
    details: (row['details'] as AuditEntry['details'] | null) ?? {},
  };
}

/** The append-only audit log: the server writes every read or change of victim data through `record`. */
export function createAuditRepository(ctx: StoreContext) {
  return {
    async record(input: AuditEntryInput): Promise<AuditEntry> {
      const entry = parseInput(auditEntryInputSchema, input, 'audit entry');
      const row = (await ctx.db
        .insertInto('audit_log')
        .values({
          actor_user_id: entry.actorUserId,
          action: entry.action,
          entity: entry.entity,
          entity_id: entry.entityId,
          outcome: entry.outcome,
          origin: entry.origin,
          ip: entry.ip,
          request_id: entry.requestId,
          details: JSON.stringify(entry.details),
        })
        .returningAll()
        .executeTakeFirstOrThrow()) as Record<string, unknown>;
      return toAuditEntry(row);
    },

    async list(query: z.input<typeof auditQuerySchema> = {}): Promise<AuditEntry[]> {
      const q = parseInput(auditQuerySchema, query, 'audit query');
      let select = ctx.db.selectFrom('audit_log').selectAll();
      if (q.entity) select = select.where('entity', '=', q.entity);
      if (q.entityId) select = select.where('entity_id', '=', q.entityId);
      if (q.actorUserId) select = select.where('actor_user_id', '=', q.actorUserId);
      if (q.actorOrganisationId) {
        select = select.where(
          'actor_user_id',
          'in',
          ctx.db.selectFrom('users').select('users.id').where('users.organisation_id', '=', q.actorOrganisationId),
        );
      }
      if (q.action) select = select.where('action', '=', q.action);
      if (q.outcome) select = select.where('outcome', '=', q.outcome);
      if (q.from) select = select.where('occurred_at', '>=', q.from);
      if (q.to) select = select.where('occurred_at', '<', q.to);
      const rows = (await select.orderBy('id', 'desc').limit(q.page.limit).offset(q.page.offset).execute()) as Array<
        Record<string, unknown>
      >;
      return rows.map(toAuditEntry);
    },
  };
}
