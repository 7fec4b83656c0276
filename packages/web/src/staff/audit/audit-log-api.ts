/**
 * The audit log page's client of the API: `GET /api/audit-log` (a page of entries, newest first,
 * filtered) and `GET /api/users` (the names behind the user ids, for those who manage users).
 * Every answer is checked against its schema (zod/mini); every failure is a StaffApiError.
 */
import * as z from 'zod/mini';
import type { FetchLike } from '../../report/submit-tip.ts';
import { callApi } from '../staff-api.ts';
import type { AuditLogQuery } from './audit-filters.ts';

export const AuditLogEntrySchema = z.object({
  id: z.number(),
  occurredAt: z.string(),
  actorUserId: z.nullable(z.string()),
  actorRoles: z.array(z.string()),
  action: z.string(),
  route: z.nullable(z.string()),
  outcome: z.string(),
  code: z.nullable(z.string()),
  ip: z.nullable(z.string()),
  requestId: z.nullable(z.string()),
  recordType: z.nullable(z.string()),
  recordId: z.nullable(z.string()),
});
export type AuditLogEntry = z.infer<typeof AuditLogEntrySchema>;

const AuditLogPageSchema = z.object({
  items: z.array(AuditLogEntrySchema),
  limit: z.number(),
  offset: z.number(),
});
export type AuditLogPage = z.infer<typeof AuditLogPageSchema>;

/** What the page needs of a user: the name for the id. */
const AuditUserSchema = z.object({ id: z.string(), login: z.string(), displayName: z.string() });
export type AuditUser = z.infer<typeof AuditUserSchema>;

/** The API's page size limit (audit-trail-routes.ts). */
export const AUDIT_PAGE_MAX = 200;

export interface AuditLogApi {
  page(query: AuditLogQuery, page: { limit: number; offset: number }): Promise<AuditLogPage>;
  /** The users of the caller's organisation (all of them for a system administrator). */
  users(): Promise<AuditUser[]>;
}

/** The query string of GET /api/audit-log: only the filters set, then the page. */
export function auditLogSearch(query: AuditLogQuery, page: { limit: number; offset: number }): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined) search.set(key, value);
  search.set('limit', String(page.limit));
  search.set('offset', String(page.offset));
  return search.toString();
}

export function createAuditLogApi(fetchImpl: FetchLike): AuditLogApi {
  const get = <T>(url: string, schema: z.ZodMiniType<T>) => callApi(fetchImpl, url, { method: 'GET' }, schema);
  return {
    page: (query, page) => get(`/api/audit-log?${auditLogSearch(query, page)}`, AuditLogPageSchema),
    users: async () => (await get('/api/users', z.object({ items: z.array(AuditUserSchema) }))).items,
  };
}
