/**
 * The audit log's CSV download: every entry the filters match, read page by page from the API
 * (newest first) up to a cap the page states, then written with the statistics CSV's
 * formula-safe quoting (statistics-csv.ts).
 */
import { toCsv } from '../statistics-csv.ts';
import { actionWords, outcomeOf, recordTypeWords, rolesOf, type NameOf } from './audit-describe.ts';
import type { AuditLogQuery } from './audit-filters.ts';
import { AUDIT_PAGE_MAX, type AuditLogApi, type AuditLogEntry } from './audit-log-api.ts';
import type { AuditStrings } from './audit-strings-en.ts';

/** At most this many entries go into one file (25 requests of 200). */
export const AUDIT_CSV_CAP = 5000;
/** The API pages the log at most this deep (audit-trail-routes.ts). */
const AUDIT_OFFSET_MAX = 100_000;

/**
 * Reads the entries the query matches, newest first, until a page comes back short, or one entry
 * more than `cap` shows that the file cannot hold them all (`capped`). An entry logged meanwhile
 * shifts the pages by one; every entry is kept only once.
 */
export async function collectAuditEntries(
  api: Pick<AuditLogApi, 'page'>,
  query: AuditLogQuery,
  options: { cap?: number; pageSize?: number; onProgress?: (count: number) => void } = {},
): Promise<{ entries: AuditLogEntry[]; capped: boolean }> {
  const cap = options.cap ?? AUDIT_CSV_CAP;
  const pageSize = options.pageSize ?? AUDIT_PAGE_MAX;
  const seen = new Set<number>();
  const entries: AuditLogEntry[] = [];
  for (let offset = 0; offset <= AUDIT_OFFSET_MAX; offset += pageSize) {
    const page = await api.page(query, { limit: pageSize, offset });
    for (const entry of page.items) {
      if (seen.has(entry.id)) continue;
      // One entry more than the cap: the file cannot hold every match.
      if (entries.length >= cap) return { entries, capped: true };
      seen.add(entry.id);
      entries.push(entry);
    }
    options.onProgress?.(entries.length);
    if (page.items.length < pageSize) return { entries, capped: false };
  }
  return { entries, capped: true };
}

/** The rows of the CSV: a header, then one row per entry (the time in UTC, as the log stores it). */
export function auditCsvRows(entries: readonly AuditLogEntry[], nameOf: NameOf, strings: AuditStrings): string[][] {
  const columns = strings.csvColumns;
  return [
    [
      columns.time,
      columns.userId,
      columns.user,
      columns.roles,
      columns.action,
      columns.actionLabel,
      columns.outcome,
      columns.code,
      columns.recordType,
      columns.recordId,
      columns.route,
      columns.ip,
      columns.requestId,
    ],
    ...entries.map((entry) => [
      entry.occurredAt,
      entry.actorUserId ?? '',
      nameOf(entry.actorUserId),
      rolesOf(entry, strings),
      entry.action,
      actionWords(entry.action, strings),
      outcomeOf(entry, strings).words,
      entry.code ?? '',
      entry.recordType === null ? '' : recordTypeWords(entry.recordType, strings),
      entry.recordId ?? '',
      entry.route ?? '',
      entry.ip ?? '',
      entry.requestId ?? '',
    ]),
  ];
}

export function auditCsv(entries: readonly AuditLogEntry[], nameOf: NameOf, strings: AuditStrings): string {
  return toCsv(auditCsvRows(entries, nameOf, strings));
}

/** The file's name: the day it was made, and the period when the filters name one. */
export function auditCsvFileName(today: string, period: { fromDay: string; toDay: string }): string {
  const range =
    period.fromDay === '' && period.toDay === '' ? '' : `-${period.fromDay || 'start'}-to-${period.toDay || 'now'}`;
  return `raksa-audit-log-${today}${range}.csv`;
}
